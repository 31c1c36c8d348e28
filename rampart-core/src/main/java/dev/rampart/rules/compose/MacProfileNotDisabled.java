package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-009",
    title = "No service turns AppArmor or SELinux off",
    severity = Severity.HIGH,
    controls = "container.mac-profile",
    aliases = {"cis-docker:5.2", "cis-docker:5.3"},
    profiles = "cis-docker",
    rationale =
        "On hosts with AppArmor, Docker confines each container with its docker-default"
            + " profile; on SELinux hosts, with the container_t type and a per-container label."
            + " `apparmor:unconfined` and `label:disable` remove that confinement, so a process"
            + " that escapes the other isolation meets no mandatory access control.",
    remediation =
        "Remove `apparmor:unconfined` and `label:disable` from `security_opt`. If the default"
            + " profile is too tight, load a profile written for the service"
            + " (`apparmor:my-profile`) or set a specific SELinux type (`label:type:...`).",
    references = {
      "https://docs.docker.com/engine/security/apparmor/",
      "https://docs.docker.com/reference/cli/docker/container/run/#security-opt"
    })
public final class MacProfileNotDisabled implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (SecurityOptions option : SecurityOptions.of(service)) {
        if (option.is("apparmor", "unconfined")) {
          out.report(
              option.node().position(),
              service.label(),
              service.label() + " runs with AppArmor unconfined.");
        } else if (option.is("label", "disable")) {
          out.report(
              option.node().position(),
              service.label(),
              service.label() + " turns SELinux labelling off (label:disable).");
        }
      }
    }
  }
}
