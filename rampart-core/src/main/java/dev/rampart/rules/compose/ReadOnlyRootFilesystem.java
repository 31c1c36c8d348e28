package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-010",
    title = "Services have a read-only root filesystem",
    severity = Severity.MEDIUM,
    controls = "container.read-only-rootfs",
    aliases = {"cis-docker:5.13"},
    profiles = "cis-docker",
    rationale =
        "A writable root filesystem lets whoever gets code execution in the container drop"
            + " tools, rewrite the application or plant a persistent backdoor in it."
            + " `read_only: true` keeps the image as built; what must be written goes to a"
            + " volume or a tmpfs.",
    remediation =
        "Set `read_only: true` on the service, and mount what it writes: `tmpfs: [/tmp]` for"
            + " scratch space, a named volume for data.",
    references = {"https://docs.docker.com/reference/compose-file/services/#read_only"})
public final class ReadOnlyRootFilesystem implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      if (service.isTrue("read_only")) {
        continue;
      }
      Optional<YamlEntry> readOnly = service.entry("read_only");
      out.report(
          readOnly.map(YamlEntry::position).orElse(service.position()),
          service.label(),
          readOnly.isPresent()
              ? "read_only of " + service.label() + " is not true: its root filesystem is writable."
              : service.label() + " sets no read_only: true, so its root filesystem is writable.");
    }
  }
}
