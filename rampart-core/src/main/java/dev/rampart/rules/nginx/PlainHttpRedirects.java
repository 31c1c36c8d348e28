package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-NGX-001",
    title = "Plain-HTTP servers only redirect to HTTPS",
    severity = Severity.HIGH,
    controls = "tls.enabled",
    aliases = {},
    rationale =
        "A server that answers plain HTTP with content sends it, and the cookies and tokens of"
            + " the requests, in clear text to anyone on the path, and lets an attacker rewrite"
            + " it. A listener without `ssl` (or a server with no `listen`, which listens on"
            + " port 80) must only redirect: a `return 301 https://$host$request_uri;` at the"
            + " server's top, an `if` there that returns such a redirect, or locations that all"
            + " return (an ACME challenge location aside). A `return 444` or `403` serves nothing"
            + " and passes too. Listeners on loopback or a unix socket are left alone.",
    remediation =
        "Give plain HTTP a server of its own that only redirects: `server { listen 80;"
            + " server_name example.com; return 301 https://$host$request_uri; }`, and serve the"
            + " content from a `listen 443 ssl;` server. When TLS ends at a load balancer in"
            + " front of nginx, redirect on `$http_x_forwarded_proto` there.",
    references = {
      "https://nginx.org/en/docs/http/configuring_https_servers.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html"
    })
public final class PlainHttpRedirects implements Check<ParsedFiles<NginxConfig>> {

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope server : config.servers()) {
            List<Directive> plain = Servers.plainListeners(server);
            if (plain.isEmpty() || Servers.redirectsToHttps(server)) {
              continue;
            }
            Directive listen = plain.get(0);
            report.at(
                listen,
                server.label(),
                (listen.name().equals("listen")
                        ? "`" + listen.text() + "` takes plain HTTP"
                        : "This server has no listen, so it takes plain HTTP on port 80")
                    + ", and "
                    + server.label()
                    + " serves content there instead of redirecting to HTTPS.");
          }
        });
  }
}
