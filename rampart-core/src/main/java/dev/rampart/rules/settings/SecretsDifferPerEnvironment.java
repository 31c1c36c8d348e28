package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.envvars.Environment;
import dev.rampart.format.settings.Setting;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.Placeholders;
import dev.rampart.secrets.References;
import dev.rampart.secrets.SecretNames;
import dev.rampart.secrets.SigningSecrets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Rule(
    id = "RA-CFG-008",
    title = "Production settings share no secret value with development ones",
    severity = Severity.HIGH,
    controls = "secrets.per-environment",
    rationale =
        "A secret used in development, staging or test is known to more people and systems than"
            + " production's: developers' machines, CI logs, test databases, shared staging"
            + " servers. When production uses the same value, whoever holds the other one holds"
            + " production's, and rotating it breaks both. Compared are the settings of every"
            + " .env and settings file of the scan: production ones (as RA-CFG-001 decides them)"
            + " against non-production ones, whose path, first key or Spring profile says `dev`,"
            + " `development`,"
            + " `staging`, `stage`, `stg`, `test`, `qa` or `local`. The values compared are"
            + " literal values under a secret's name (DB_PASSWORD, API_TOKEN, JWT_SECRET,"
            + " `database.password`); empty values, references (`${DB_PASSWORD}`), placeholders"
            + " and switch words are left out, and so are templates (.env.example). Values are"
            + " compared by their SHA-256 hash and never shown; the finding names the other"
            + " file and line.",
    remediation =
        "Generate a separate secret for each environment (`openssl rand -base64 48`), rotate the"
            + " production one now, since the other environments have had it, and have"
            + " production read its own from a secret store instead of a file in the repository.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://12factor.net/config"
    })
public final class SecretsDifferPerEnvironment implements Check<ParsedFiles<SettingsFile>> {
  private static final Set<String> NOT_SECRET_VALUES =
      Set.of("true", "false", "yes", "no", "on", "off", "none", "null", "nil");

  /** Where a non-production value was first seen. */
  private record Seen(String path, int line, String key) {}

  @Override
  public void check(ParsedFiles<SettingsFile> files, Findings out) {
    // hash of a value -> its first place in a non-production file; the values are not kept
    Map<String, Seen> nonProduction = new HashMap<>();
    for (ParsedFile<SettingsFile> file : files.files()) {
      SettingsFile settings = file.model();
      for (Setting setting : comparable(settings)) {
        if (settings.environmentOf(setting) == Environment.NON_PRODUCTION) {
          nonProduction.putIfAbsent(
              Findings.sha256(setting.value()),
              new Seen(file.source().path(), setting.position().line(), setting.key()));
        }
      }
    }
    if (nonProduction.isEmpty()) {
      return;
    }
    for (ParsedFile<SettingsFile> file : files.files()) {
      SettingsFile settings = file.model();
      Findings here = out.in(file.source());
      for (Setting setting : comparable(settings)) {
        if (!Settings.production(settings, setting)) {
          continue;
        }
        Seen other = nonProduction.get(Findings.sha256(setting.value()));
        if (other != null) {
          String where =
              other.path().equals(file.source().path())
                  ? "on line " + other.line() + ", in the non-production settings"
                  : "in " + other.path() + ":" + other.line() + ", a non-production file";
          here.reportWithIdentity(
              setting.position(),
              "",
              setting.key()
                  + " has the same value as "
                  + other.key()
                  + " "
                  + where
                  + ": whoever has that environment's secret has production's.",
              LiteralSecrets.identity(setting.key(), setting.value()));
        }
      }
    }
  }

  private static List<Setting> comparable(SettingsFile file) {
    if (file.template()) {
      return List.of();
    }
    return file.settings().stream().filter(SecretsDifferPerEnvironment::isComparable).toList();
  }

  private static boolean isComparable(Setting setting) {
    boolean secretName =
        SecretNames.isSecretName(setting.key())
            || SecretNames.isSecretName(setting.lastName())
            || SigningSecrets.isSigningSecretName(setting.key());
    String v = setting.value().strip();
    return secretName
        && !v.isEmpty()
        && !NOT_SECRET_VALUES.contains(v.toLowerCase(Locale.ROOT))
        && !References.isOnlyReferences(v)
        && !Placeholders.isPlaceholder(v);
  }
}
