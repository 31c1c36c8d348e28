package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.CorsVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-005",
    title = "Production settings allow CORS from named origins only",
    severity = Severity.MEDIUM,
    controls = "http.cors-restricted",
    rationale =
        "CORS decides which other web sites may read the application's responses from a"
            + " visitor's browser. With `*`, any site the visitor opens can call the API and read"
            + " the answers: everything the API serves without a cookie, and, on a network the"
            + " visitor reaches (an intranet, a VPN), what only that network should see. Judged"
            + " are production settings, as RA-CFG-001 decides them (a development server often"
            + " allows `*` on purpose). Reported: a CORS origins setting (CORS_ORIGINS,"
            + " CORS_ALLOWED_ORIGINS, `cors.allowed-origins`, `allowedOriginPatterns`,"
            + " ACCESS_CONTROL_ALLOW_ORIGIN, in any spelling) holding `*` alone or in its list,"
            + " and Django's CORS_ALLOW_ALL_ORIGINS or CORS_ORIGIN_ALLOW_ALL switched on.",
    remediation =
        "List the origins that need the API, exactly: `CORS_ALLOWED_ORIGINS=https://app.example.com`"
            + " (scheme, host and port; no wildcard, no pattern matching any subdomain).",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#cross-origin-resource-sharing",
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS",
      "https://cwe.mitre.org/data/definitions/942.html"
    })
public final class CorsOriginsRestricted implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, CorsVariables::anyOrigin);
  }
}
