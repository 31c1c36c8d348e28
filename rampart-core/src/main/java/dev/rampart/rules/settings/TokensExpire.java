package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.SessionVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-012",
    title = "Production JWTs and access tokens expire within a day",
    severity = Severity.MEDIUM,
    controls = "api.session-expiry",
    rationale =
        "A signed token cannot be taken back: until it expires, whoever copies it (from a log,"
            + " a browser's storage, a proxy) is its user, whatever the user does, logging out"
            + " and changing the password included. A lifetime of weeks or a year turns one leak"
            + " into standing access. Judged are production settings, as RA-CFG-001 decides them."
            + " Reported: a JWT or access token lifetime setting (JWT_EXPIRES_IN, JWT_EXPIRATION,"
            + " JWT_TTL, ACCESS_TOKEN_EXPIRE_MINUTES, `jwt.expiration` ...) over 24 hours. A"
            + " duration is read with its unit (`30d`, `12h`, `2 weeks`, `PT720H`); a bare"
            + " number in the unit its name ends with (`_MINUTES`, `_HOURS`, `_DAYS`, `_MS`), and"
            + " otherwise in milliseconds (jsonwebtoken reads seconds, Spring's examples write"
            + " milliseconds: the shorter reading reports only what is too long in both). Refresh"
            + " tokens, meant to"
            + " live longer and be revocable, are not judged.",
    remediation =
        "Give access tokens minutes to hours (`JWT_EXPIRES_IN=15m`), and keep users signed in"
            + " with a refresh token that the server can revoke and rotates on each use.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
      "https://datatracker.ietf.org/doc/html/rfc8725",
      "https://cwe.mitre.org/data/definitions/613.html"
    })
public final class TokensExpire implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, SessionVariables::longTokenLifetime);
  }
}
