package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-CMP-007",
    title = "Services set no-new-privileges",
    severity = Severity.MEDIUM,
    controls = "container.no-privilege-escalation",
    aliases = {"cis-docker:5.26"},
    profiles = "cis-docker",
    rationale =
        "Without no-new-privileges a process in the container can gain privileges it was not"
            + " started with: a setuid-root binary in the image (su, sudo, ping on older"
            + " images) makes a non-root user root again. The option makes the kernel ignore"
            + " setuid and setgid bits and file capabilities for the container's processes.",
    remediation =
        "Add `security_opt: [\"no-new-privileges:true\"]` to the service (or set"
            + " `\"no-new-privileges\": true` in the daemon's daemon.json for every container).",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#security_opt",
      "https://docs.docker.com/reference/cli/docker/container/run/#security-opt"
    })
public final class NoNewPrivileges implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      List<SecurityOptions> options = SecurityOptions.of(service);
      Optional<SecurityOptions> option =
          options.stream().filter(o -> o.name().equals("no-new-privileges")).findFirst();
      // A bare `no-new-privileges` means true, as on the docker command line.
      if (option.isPresent()
          && option.get().value().map(v -> v.equalsIgnoreCase("true")).orElse(true)) {
        continue;
      }
      Optional<YamlEntry> securityOpt = service.entry("security_opt");
      if (option.isPresent()) {
        out.report(
            option.get().node().position(),
            service.label(),
            service.label() + " turns no-new-privileges off: setuid binaries can make it root.");
      } else if (securityOpt.isPresent()) {
        out.report(
            securityOpt.get().position(),
            service.label(),
            "security_opt of "
                + service.label()
                + " does not set no-new-privileges:true, so setuid binaries can make it root.");
      } else {
        out.report(
            service.position(),
            service.label(),
            service.label()
                + " sets no security_opt no-new-privileges:true, so setuid binaries can make it"
                + " root.");
      }
    }
  }
}
