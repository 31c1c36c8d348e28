package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-NGX-006",
    title = "server_tokens is off",
    severity = Severity.LOW,
    controls = "http.security-headers",
    aliases = {},
    rationale =
        "With `server_tokens on` (nginx's default) every response and error page names the exact"
            + " nginx version, which tells an attacker which published vulnerabilities to try."
            + " The setting is inherited from `http` into servers and locations, the nearest one"
            + " winning.",
    remediation = "Write `server_tokens off;` in the `http` block.",
    references = {"https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens"})
public final class ServerTokensOff implements Check<ParsedFiles<NginxConfig>> {

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope server : config.servers()) {
            Optional<Directive> tokens = server.inherited("server_tokens");
            if (tokens.isEmpty()) {
              if (!server.hasUnreadInclude()) {
                report.at(
                    server.block(),
                    server.label(),
                    server.label()
                        + " has no server_tokens off, so its responses name the nginx version.");
              }
            } else if (!tokens.get().arg(0).orElse("").equals("off")) {
              report.at(
                  tokens.get(),
                  server.label(),
                  "`"
                      + tokens.get().text()
                      + "` makes responses of "
                      + server.label()
                      + " name the nginx version.");
            }
          }
        });
  }
}
