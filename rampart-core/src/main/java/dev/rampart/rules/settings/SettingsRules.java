package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.settings.SettingsFile;
import java.util.List;

/**
 * Every rule of .env and application settings files. A new rule is one class in this package and
 * one line here.
 */
public final class SettingsRules {
  private SettingsRules() {}

  public static List<Check<SettingsFile>> all() {
    return List.of(
        // production mode: debug switches and debug logging (RA-CFG-001..002)
        new NoDebugModeInProduction(),
        new NoDebugLoggingInProduction(),
        // TLS: certificate checks anywhere, connections in production (RA-CFG-003..004)
        new TlsVerificationOn(),
        new ProductionConnectionsUseTls(),
        // CORS (RA-CFG-005..006)
        new CorsOriginsRestricted(),
        new NoCorsCredentialsWithWildcard(),
        // signing and encryption keys (RA-CFG-007)
        new SigningSecretsStrong(),
        // listen addresses, log format, sessions and HTTPS in production (RA-CFG-009..013)
        new ProductionBindScope(),
        new StructuredLogsInProduction(),
        new SessionCookiesSecure(),
        new TokensExpire(),
        new HttpsRedirectOn());
  }

  /** The rules that compare the settings files of the whole scan (RA-CFG-008). */
  public static List<Check<ParsedFiles<SettingsFile>>> scanWide() {
    return List.of(new SecretsDifferPerEnvironment());
  }
}
