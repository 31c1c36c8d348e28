package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.SessionVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-011",
    title = "Production session cookies keep the Secure and HttpOnly flags",
    severity = Severity.MEDIUM,
    controls = "api.session-expiry",
    rationale =
        "Without Secure, the browser also sends the session cookie over plain HTTP, to any"
            + " `http://` link or injected request, where anyone on the network path reads it and"
            + " takes over the session; without HttpOnly, a script injected into a page reads it."
            + " Development servers on plain HTTP switch Secure off on purpose, so only production"
            + " settings are judged, as RA-CFG-001 decides them. Reported: a cookie's Secure or"
            + " HttpOnly setting switched off: Django's SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE"
            + " and SESSION_COOKIE_HTTPONLY, Laravel's SESSION_SECURE_COOKIE, Spring's"
            + " `server.servlet.session.cookie.secure` and `.http-only`, and any `*COOKIE*_SECURE`"
            + " or `*COOKIE*_HTTPONLY` name.",
    remediation =
        "Remove the switch or set it on (`SESSION_COOKIE_SECURE=True`,"
            + " `SESSION_COOKIE_HTTPONLY=True`, `server.servlet.session.cookie.secure: true`),"
            + " and serve the application over HTTPS only.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies",
      "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure",
      "https://cwe.mitre.org/data/definitions/614.html",
      "https://cwe.mitre.org/data/definitions/1004.html"
    })
public final class SessionCookiesSecure implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, SessionVariables::cookieFlagOff);
  }
}
