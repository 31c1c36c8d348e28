package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-003",
    title = "No service is privileged",
    severity = Severity.CRITICAL,
    controls = "container.not-privileged",
    aliases = {"cis-docker:5.5"},
    profiles = "cis-docker",
    rationale =
        "A privileged container has every capability and every device of the host, and no"
            + " seccomp, AppArmor or SELinux confinement: whoever controls it controls the host.",
    remediation =
        "Remove `privileged: true`. Add the one capability the service needs instead"
            + " (`cap_drop: [ALL]` with `cap_add: [NET_BIND_SERVICE]`), and pass single devices"
            + " with `devices:`.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#privileged",
      "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"
    })
public final class ServicesNotPrivileged implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      if (!service.isTrue("privileged")) {
        continue;
      }
      out.report(
          service.entry("privileged").orElseThrow().position(),
          service.label(),
          service.label() + " is privileged: it has the host's devices and every capability.");
    }
  }
}
