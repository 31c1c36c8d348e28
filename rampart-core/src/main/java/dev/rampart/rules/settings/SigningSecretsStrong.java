package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.Environment;
import dev.rampart.format.settings.Setting;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.SigningSecrets;

@Rule(
    id = "RA-CFG-007",
    title = "Signing and encryption secrets in settings files are long and random",
    severity = Severity.HIGH,
    controls = "secrets.strength",
    rationale =
        "A key that signs sessions, cookies or JWTs, or encrypts data, is only as strong as it is"
            + " hard to guess: a short one, a word, or a default such as `changeme` is found by a"
            + " dictionary or brute force offline, from one signed token, and then the attacker"
            + " forges any session or token, or decrypts the data. Checked are values under a"
            + " signing secret's name (ending with JWT_SECRET, JWT_KEY, SECRET_KEY,"
            + " SECRET_KEY_BASE, SESSION_SECRET, SESSION_KEY, COOKIE_SECRET, ENCRYPTION_KEY,"
            + " SIGNING_KEY, APP_KEY, APP_SECRET, AUTH_SECRET, HMAC_KEY, MASTER_KEY ..., in any"
            + " spelling: `jwt.secret`, `jwtSecret`). A value is weak when it is a placeholder or"
            + " default, shorter than 32 characters, or below 3 bits of entropy per character."
            + " Judged are production files and files whose path names no environment (a plain"
            + " .env is usually the deployed one); a development or test file's key guards"
            + " nothing of value, and RA-CFG-008 makes sure production does not share it."
            + " Templates (.env.example, .env.sample, .env.template, .env.dist) hold placeholders"
            + " by design and are not judged, nor are empty values and references (`${JWT_SECRET}`,"
            + " `$(...)`, `<%= ENV[...] %>`). RA-SEC rules may report the same line for writing a"
            + " secret into a file at all. Messages never show the value.",
    remediation =
        "Generate the key at random, at least 32 bytes: `openssl rand -base64 48`, and use a"
            + " different one in each environment. Rotate the weak one (sessions and tokens signed"
            + " with it stop being valid), and have the deployment read it from a secret store"
            + " rather than a file in the repository.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/1391.html"
    })
public final class SigningSecretsStrong implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    if (file.template()) {
      return;
    }
    for (Setting setting : file.settings()) {
      if (file.environmentOf(setting) == Environment.NON_PRODUCTION || !isSigningSecret(setting)) {
        continue;
      }
      SigningSecrets.weakness(setting.value())
          .ifPresent(
              why ->
                  out.reportWithIdentity(
                      setting.position(),
                      "",
                      setting.key()
                          + " is a signing or encryption key that is too weak: "
                          + why
                          + ". Whoever guesses it forges what it signs or reads what it"
                          + " encrypts.",
                      LiteralSecrets.identity(setting.key(), setting.value())));
    }
  }

  private static boolean isSigningSecret(Setting setting) {
    return SigningSecrets.isSigningSecretName(setting.key())
        || SigningSecrets.isSigningSecretName(setting.lastName());
  }
}
