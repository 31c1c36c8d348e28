package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.HttpsVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-013",
    title = "Production settings keep the redirect to HTTPS on",
    severity = Severity.MEDIUM,
    controls = "tls.enabled",
    rationale =
        "An application that answers plain HTTP instead of redirecting it serves its pages,"
            + " forms and cookies in clear to whoever is on the network path, and a visitor who"
            + " typed the address without `https://` stays on HTTP. Judged are production"
            + " settings, as RA-CFG-001 decides them. Reported: Django's SECURE_SSL_REDIRECT and"
            + " settings named FORCE_HTTPS, FORCE_SSL, HTTPS_ONLY, REQUIRE_HTTPS, HTTPS_REDIRECT,"
            + " SSL_REDIRECT or REDIRECT_TO_HTTPS (alone or ending a longer name) switched off."
            + " When a proxy in front redirects instead, it is still worth keeping the"
            + " application's redirect on as a second line: it costs nothing behind the proxy.",
    remediation =
        "Turn the redirect on (`SECURE_SSL_REDIRECT=True`, `FORCE_HTTPS=true`), and send HSTS"
            + " so browsers never try plain HTTP again.",
    references = {
      "https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect",
      "https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/319.html"
    })
public final class HttpsRedirectOn implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, HttpsVariables::redirectOff);
  }
}
