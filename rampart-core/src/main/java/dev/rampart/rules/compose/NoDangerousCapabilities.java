package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-CMP-006",
    title = "Services add no dangerous capabilities",
    severity = Severity.HIGH,
    controls = "container.drop-capabilities",
    aliases = {"cis-docker:5.4"},
    profiles = "cis-docker",
    rationale =
        "Some capabilities hand a container the host: SYS_ADMIN mounts file systems and is most"
            + " of root, SYS_MODULE loads kernel modules, SYS_PTRACE reads and rewrites other"
            + " processes, SYS_RAWIO and DAC_READ_SEARCH reach devices and any file, NET_ADMIN"
            + " reconfigures the host's networks when shared, BPF and PERFMON load kernel"
            + " programs, and ALL is all of them.",
    remediation =
        "Remove the capability from `cap_add`. If the service truly needs it, run that part as"
            + " a separate, reviewed service and add only the narrowest capability it needs.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#cap_add",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    })
public final class NoDangerousCapabilities implements Check<ComposeFile> {
  static final Set<String> DANGEROUS =
      Set.of(
          "ALL",
          "SYS_ADMIN",
          "SYS_MODULE",
          "SYS_PTRACE",
          "SYS_RAWIO",
          "SYS_BOOT",
          "SYS_TIME",
          "DAC_READ_SEARCH",
          "NET_ADMIN",
          "BPF",
          "PERFMON",
          "MAC_ADMIN",
          "MAC_OVERRIDE");

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (YamlNode item : service.items("cap_add")) {
        item.asText()
            .map(Capabilities::name)
            .filter(DANGEROUS::contains)
            .ifPresent(
                name ->
                    out.report(
                        item.position(),
                        service.label(),
                        service.label() + " adds the capability " + name + "."));
      }
    }
  }
}
