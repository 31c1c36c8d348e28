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
    id = "RA-NGX-005",
    title = "Responses carry X-Content-Type-Options nosniff and a frame policy",
    severity = Severity.MEDIUM,
    controls = "http.security-headers",
    aliases = {},
    rationale =
        "Without `X-Content-Type-Options: nosniff` a browser may run an uploaded file as script;"
            + " without `X-Frame-Options DENY` (or `SAMEORIGIN`) or a Content-Security-Policy"
            + " with `frame-ancestors`, any site may frame the pages and trick clicks on them."
            + " Every server that serves content is read, and every location or `if` in it with"
            + " add_headers of its own, since those inherit none from above.",
    remediation =
        "Add `add_header X-Content-Type-Options nosniff always;` and `add_header X-Frame-Options"
            + " DENY always;` (or a CSP with `frame-ancestors 'none'`) to each server, and repeat"
            + " them in every location that sets headers of its own, for example through one"
            + " included snippet.",
    references = {
      "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
      "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html"
    })
public final class SecurityHeadersSent implements Check<ParsedFiles<NginxConfig>> {

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope server : config.servers()) {
            if (Servers.servesNoContent(server)) {
              continue;
            }
            for (Scope scope : Servers.headerSets(server)) {
              if (scope.hasUnreadInclude()) {
                continue;
              }
              Optional<Directive> nosniff = Servers.header(scope, "X-Content-Type-Options");
              if (nosniff.isEmpty()) {
                report.at(
                    Servers.anchor(scope),
                    server.label(),
                    Servers.where(scope, "X-Content-Type-Options"));
              } else if (!nosniff.get().arg(1).orElse("").equalsIgnoreCase("nosniff")) {
                report.at(
                    nosniff.get(),
                    nosniff.get().argAt(1),
                    server.label(),
                    "X-Content-Type-Options is not `nosniff`.");
              }
              if (!framePolicy(scope)) {
                report.at(
                    Servers.anchor(scope),
                    server.label(),
                    Servers.where(scope, "frame policy (X-Frame-Options or CSP frame-ancestors)"));
              }
            }
          }
        });
  }

  private static boolean framePolicy(Scope scope) {
    boolean frameOptions =
        Servers.header(scope, "X-Frame-Options")
            .flatMap(h -> h.arg(1))
            .map(v -> v.equalsIgnoreCase("DENY") || v.equalsIgnoreCase("SAMEORIGIN"))
            .orElse(false);
    boolean ancestors =
        Servers.header(scope, "Content-Security-Policy")
            .flatMap(h -> h.arg(1))
            .map(v -> Servers.lower(v).contains("frame-ancestors"))
            .orElse(false);
    return frameOptions || ancestors;
  }
}
