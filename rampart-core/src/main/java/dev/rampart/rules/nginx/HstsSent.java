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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-NGX-004",
    title = "TLS servers send Strict-Transport-Security with max-age of a year or more, always",
    severity = Severity.MEDIUM,
    controls = "tls.hsts",
    aliases = {},
    rationale =
        "Without HSTS a browser tries plain HTTP first whenever a user types the address, and an"
            + " attacker on the path can keep it there (SSL stripping). A max-age under a year"
            + " (31536000 s) lapses between visits, and an add_header without `always` is not"
            + " sent on error responses (4xx, 5xx). The headers are read as nginx applies them:"
            + " a location (or `if`) with any add_header of its own inherits none from its"
            + " server or `http`, so one `add_header X-Frame-Options DENY;` in a location drops"
            + " the HSTS of the server above for every response of that location: each such"
            + " context is judged on its own.",
    remediation =
        "Add `add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains\""
            + " always;` to each TLS server, and repeat it in every location that sets headers of"
            + " its own (an `include snippets/security-headers.conf;` in each keeps them in"
            + " step).",
    references = {
      "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
      "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html",
      "https://www.rfc-editor.org/rfc/rfc6797"
    })
public final class HstsSent implements Check<ParsedFiles<NginxConfig>> {
  static final String HSTS = "Strict-Transport-Security";
  private static final long YEAR = 31_536_000L;
  private static final Pattern MAX_AGE = Pattern.compile("(?i)max-age\\s*=\\s*\"?(\\d+)");

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope server : config.servers()) {
            if (!Servers.isTls(server) || Servers.servesNoContent(server)) {
              continue;
            }
            for (Scope scope : Servers.headerSets(server)) {
              Optional<Directive> hsts = Servers.header(scope, HSTS);
              if (hsts.isEmpty()) {
                if (!scope.hasUnreadInclude()) {
                  report.at(Servers.anchor(scope), server.label(), Servers.where(scope, HSTS));
                }
                continue;
              }
              judge(hsts.get(), server, report);
            }
          }
        });
  }

  private static void judge(Directive hsts, Scope server, Configs.Report report) {
    String value = hsts.arg(1).orElse("");
    Matcher age = MAX_AGE.matcher(value);
    if (!age.find()) {
      report.at(
          hsts, hsts.argAt(1), server.label(), HSTS + " has no max-age, so browsers ignore it.");
    } else if (age.group(1).length() <= 12 && Long.parseLong(age.group(1)) < YEAR) {
      report.at(
          hsts,
          hsts.argAt(1),
          server.label(),
          HSTS + " max-age is " + age.group(1) + " s, under a year (31536000 s).");
    }
    if (!hsts.args().get(hsts.args().size() - 1).equals("always")) {
      report.at(
          hsts,
          server.label(),
          HSTS + " is added without `always`, so error responses are sent without it.");
    }
  }
}
