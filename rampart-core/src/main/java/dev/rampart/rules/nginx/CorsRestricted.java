package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-NGX-007",
    title = "CORS allows no wildcard origin with credentials and reflects no unchecked origin",
    severity = Severity.HIGH,
    controls = "http.cors-restricted",
    aliases = {},
    rationale =
        "`Access-Control-Allow-Origin $http_origin` echoes whatever site asks, so every site on"
            + " the web may read the responses with the user's cookies when credentials are"
            + " allowed; `*` together with `Access-Control-Allow-Credentials true` states the"
            + " same intent (browsers refuse that pair, and the usual fix is to reflect the"
            + " origin, which is worse). An origin reflected inside an `if ($http_origin ~"
            + " ...)` that lists the allowed ones, or a variable of a `map $http_origin` whose"
            + " default is empty, is an allowlist and passes. Headers are read per context, as"
            + " nginx applies them.",
    remediation =
        "List the origins: `map $http_origin $cors_origin { default \"\";"
            + " \"https://app.example.com\" $http_origin; }` in `http`, then `add_header"
            + " Access-Control-Allow-Origin $cors_origin always;`.",
    references = {
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS",
      "https://portswigger.net/web-security/cors"
    })
public final class CorsRestricted implements Check<ParsedFiles<NginxConfig>> {
  private static final String ORIGIN = "Access-Control-Allow-Origin";

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope scope : config.top().walk()) {
            for (Directive header : scope.own("add_header")) {
              if (!header.arg(0).orElse("").equalsIgnoreCase(ORIGIN)) {
                continue;
              }
              String value = header.arg(1).orElse("");
              if (value.contains("$http_origin") && !checkedByIf(scope)) {
                report.at(
                    header,
                    header.argAt(1),
                    scope.label(),
                    ORIGIN
                        + " reflects $http_origin unchecked, so every site may read these"
                        + " responses.");
              } else if (value.equals("*") && credentials(scope)) {
                report.at(
                    header,
                    header.argAt(1),
                    scope.label(),
                    ORIGIN + " is * while Access-Control-Allow-Credentials is true.");
              }
            }
          }
        });
  }

  private static boolean credentials(Scope scope) {
    return scope.own("add_header").stream()
        .anyMatch(
            h ->
                h.arg(0).orElse("").equalsIgnoreCase("Access-Control-Allow-Credentials")
                    && h.arg(1).orElse("").equalsIgnoreCase("true"));
  }

  /** True inside an {@code if} whose condition matches {@code $http_origin} against a list. */
  private static boolean checkedByIf(Scope scope) {
    for (Scope s = scope; s != null && s.block() != null; s = s.parent()) {
      if (s.block().name().equals("if")) {
        String condition = String.join(" ", s.block().args());
        if (condition.contains("$http_origin")
            && (condition.contains("~") || condition.contains("="))
            && !condition.contains("!")) {
          return true;
        }
      }
    }
    return false;
  }
}
