package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.BindAddresses;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-009",
    title = "Production servers bind to an internal address, or sit behind a proxy",
    severity = Severity.LOW,
    controls = "app.bind-scope",
    rationale =
        "A server bound to every interface (`0.0.0.0`, `::`, `*`, or a port alone such as"
            + " `:8080`) answers on each network the machine is on, the public one too, so"
            + " whoever reaches the machine bypasses the reverse proxy that does TLS,"
            + " authentication, rate limits and logging in front of it. Judged are production"
            + " settings, as RA-CFG-001 decides them. Reported: a listen address setting (HOST,"
            + " APP_HOST, BIND, BIND_ADDRESS, LISTEN, LISTEN_ADDR, HTTP_ADDR, Spring's"
            + " `server.address`, `*_BIND_ADDRESS` ...) on every interface, unless the same"
            + " file says the application trusts a reverse proxy's headers (TRUST_PROXY,"
            + " TRUSTED_PROXIES, FORWARDED_ALLOW_IPS, `server.forward-headers-strategy`,"
            + " USE_X_FORWARDED_HOST). Low: in a container, every interface is often the"
            + " container's own network only, and publishing decides the rest.",
    remediation =
        "Bind to loopback (`HOST=127.0.0.1`) when the proxy runs on the same machine, or to the"
            + " internal interface the proxy reaches; in a container, publish the port to the"
            + " proxy's network only (`127.0.0.1:8080:8080`, an internal Compose network).",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/1327.html"
    })
public final class ProductionBindScope implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    boolean behindProxy = Settings.first(file, BindAddresses::behindProxy).isPresent();
    if (!behindProxy) {
      Settings.reportInProduction(file, out, BindAddresses::allInterfaces);
    }
  }
}
