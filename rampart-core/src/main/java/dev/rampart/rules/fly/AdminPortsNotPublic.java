package dev.rampart.rules.fly;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.AdminPorts;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FLY-003",
    title = "No Fly service exposes SSH or another admin port on the app's public addresses",
    severity = Severity.HIGH,
    controls = "network.restricted-ingress",
    rationale =
        "Every `[[services]]` with `[[services.ports]]` is served by Fly's proxy on the app's"
            + " Anycast addresses, which `fly launch` allocates for any app with services: an SSH"
            + " server (or Telnet, RDP, VNC, WinRM, the Docker API) behind it is open to the whole"
            + " internet and brute-forced within minutes. Fly's proxy has no source-address"
            + " filter: neither the `allowlist` key some guides show under `[[services.ports]]`"
            + " nor an `FLY_PRIVATE_NETWORK` variable is a Fly setting, and neither restricts"
            + " anything. A service is an admin service by its `internal_port` or its public port"
            + " (22, 2222, 3389, 5900, 2375 ...); one without ports is reachable only on the"
            + " private network and is not reported. `fly.toml` cannot show that an app has no"
            + " public IP addresses, so every app is read as public.",
    remediation =
        "Remove the service and reach the machines with `fly ssh console`, which goes through"
            + " Fly's WireGuard private network and short-lived certificates (`fly ssh issue`), or"
            + " over `fly wireguard` / `fly proxy 10022:22`. If other apps must reach it, make the"
            + " app private: `fly ips allocate-v6 --private` (Flycast), then `fly ips release` its"
            + " public addresses.",
    references = {
      "https://fly.io/docs/flyctl/ssh-console/",
      "https://fly.io/docs/networking/private-networking/",
      "https://fly.io/docs/networking/flycast/",
      "https://fly.io/docs/networking/services/"
    })
public final class AdminPortsNotPublic implements Check<FlyApp> {

  @Override
  public void check(FlyApp app, Findings out) {
    PublicPorts.report(
        app,
        out,
        AdminPorts::service,
        ", open to every address on the internet: Fly's proxy has no source-address filter.");
  }
}
