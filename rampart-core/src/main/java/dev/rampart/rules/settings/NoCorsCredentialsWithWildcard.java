package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.CorsVariables;
import dev.rampart.format.settings.Setting;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CFG-006",
    title = "CORS never allows credentials together with any origin",
    severity = Severity.HIGH,
    controls = "http.cors-restricted",
    rationale =
        "Browsers refuse `Access-Control-Allow-Origin: *` with credentials, so a server"
            + " configured with both answers each request with the origin it came from instead"
            + " (the cors middleware of Express, Spring's allowedOriginPatterns `*`, Django's"
            + " allow-all): then any web site the visitor opens calls the API with the visitor's"
            + " cookies and reads the answers, their account data included. Judged is every"
            + " settings file, whatever its environment: the combination is a mistake in any of"
            + " them, and the development one is where it starts. Reported, at the origins"
            + " setting: a file that allows every origin (as RA-CFG-005 reads it) and switches"
            + " CORS credentials on (CORS_ALLOW_CREDENTIALS, CORS_CREDENTIALS,"
            + " `cors.allow-credentials`, ACCESS_CONTROL_ALLOW_CREDENTIALS).",
    remediation =
        "List the origins that may send credentials, exactly (`https://app.example.com`), or"
            + " switch credentials off for an API that is public to every origin.",
    references = {
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#credentialed_requests_and_wildcards",
      "https://portswigger.net/web-security/cors",
      "https://cwe.mitre.org/data/definitions/942.html"
    })
public final class NoCorsCredentialsWithWildcard implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Optional<Setting> credentials = Settings.first(file, CorsVariables::allowsCredentials);
    if (credentials.isEmpty()) {
      return;
    }
    for (Setting setting : file.settings()) {
      Settings.classify(setting, CorsVariables::anyOrigin)
          .ifPresent(
              clause ->
                  out.report(
                      setting.position(),
                      setting.key()
                          + " "
                          + clause
                          + ", and "
                          + credentials.get().key()
                          + " on line "
                          + credentials.get().position().line()
                          + " allows credentials: the server then reflects each caller's origin,"
                          + " so any site reads responses with the visitor's cookies."));
    }
  }
}
