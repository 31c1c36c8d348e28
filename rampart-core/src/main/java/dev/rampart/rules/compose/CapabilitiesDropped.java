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
    id = "RA-CMP-005",
    title = "Services drop all capabilities",
    severity = Severity.MEDIUM,
    controls = "container.drop-capabilities",
    aliases = {"cis-docker:5.4"},
    profiles = "cis-docker",
    rationale =
        "Docker starts every container with fourteen capabilities, among them NET_RAW (forged"
            + " packets, ARP spoofing on the host's networks), DAC_OVERRIDE (ignore file"
            + " permissions), SETUID and SETGID. Few services use any of them. `cap_drop: [ALL]`"
            + " removes them all, and `cap_add` gives back what the service needs.",
    remediation =
        "Set `cap_drop: [ALL]` on the service, and add back only what the process needs, such"
            + " as `cap_add: [NET_BIND_SERVICE]` to bind a port below 1024.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#cap_drop",
      "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"
    })
public final class CapabilitiesDropped implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      boolean dropsAll =
          service.items("cap_drop").stream()
              .flatMap(item -> item.asText().stream())
              .map(Capabilities::name)
              .anyMatch("ALL"::equals);
      if (dropsAll) {
        continue;
      }
      Optional<YamlEntry> drop = service.entry("cap_drop");
      if (drop.isPresent() && !drop.get().value().isNull()) {
        out.report(
            drop.get().position(),
            service.label(),
            "cap_drop of "
                + service.label()
                + " does not include ALL, so it keeps the default capabilities it does not"
                + " name.");
      } else {
        out.report(
            service.position(),
            service.label(),
            service.label() + " sets no cap_drop, so it keeps Docker's default capabilities.");
      }
    }
  }
}
