package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.AdminPorts;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Port;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.Optional;
import java.util.OptionalLong;

@Rule(
    id = "RA-CMP-030",
    title = "No service publishes an admin port on every interface of the host",
    severity = Severity.HIGH,
    controls = "network.restricted-ingress",
    aliases = {"cis-docker:5.14"},
    profiles = "cis-docker",
    rationale =
        "A port published without a host address is open on every interface of the host, and"
            + " Docker's own iptables rules put it ahead of the host's firewall (ufw and"
            + " firewalld do not see it). A remote shell or a control API there (SSH, Telnet,"
            + " RDP, VNC, WinRM, the Docker API on 2375/2376) is brute-forced and probed for"
            + " known flaws within minutes of going on line. A port is an admin port by its"
            + " container or its published number.",
    remediation =
        "Publish it on the loopback only, `\"127.0.0.1:2222:22\"`, and reach it through an SSH"
            + " tunnel, a VPN or a bastion; or do not publish it at all and use `docker compose"
            + " exec`.",
    references = {
      "https://docs.docker.com/engine/network/packet-filtering-firewalls/",
      "https://docs.docker.com/reference/compose-file/services/#ports"
    })
public final class AdminPortsOnLoopback implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (Port port : service.ports()) {
        if (!port.onEveryInterface() || !port.protocol().equalsIgnoreCase("tcp")) {
          continue;
        }
        admin(port)
            .ifPresent(
                what ->
                    out.report(
                        port.at(),
                        service.label(),
                        service.label()
                            + " publishes "
                            + port.describe()
                            + ", "
                            + what
                            + ", on every interface of the host."));
      }
    }
  }

  private static Optional<String> admin(Port port) {
    for (OptionalLong number : new OptionalLong[] {port.firstTarget(), port.firstPublished()}) {
      if (number.isPresent() && AdminPorts.service(number.getAsLong()).isPresent()) {
        return AdminPorts.service(number.getAsLong());
      }
    }
    return Optional.empty();
  }
}
