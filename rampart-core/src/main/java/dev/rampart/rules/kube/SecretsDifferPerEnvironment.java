package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.envvars.Environment;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.Placeholders;
import dev.rampart.secrets.SecretNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Rule(
    id = "RA-K8S-052",
    title = "Production manifests share no secret value with non-production ones",
    severity = Severity.HIGH,
    controls = "secrets.per-environment",
    rationale =
        "A secret used in development, staging or test is known to more people and systems than"
            + " production's: developers' machines, CI logs, test databases, shared staging"
            + " clusters. When production uses the same value, whoever holds the other one holds"
            + " production's, and rotating it breaks both. A file is production when a segment of"
            + " its path, or a part of a segment's name, is `prod`, `prd`, `production` or `live`"
            + " (overlays/prod/, values-production.yaml, deploy/prod-secrets.yaml), and"
            + " non-production when one is `dev`, `development`, `staging`, `stage`, `stg`,"
            + " `test`, `qa` or `local`; a path that says both is neither. The values compared"
            + " are literal env values under a secret's name (DB_PASSWORD, API_TOKEN) and the"
            + " values of Secret manifests' `stringData` and decoded `data`, except keys that"
            + " name an identifier or public material (username, host, port, database, url, a"
            + " .crt certificate, a .pub key); empty and"
            + " placeholder values are left out. Values are compared by their SHA-256 hash and"
            + " never shown.",
    remediation =
        "Generate a separate secret for each environment (`openssl rand -base64 48`), rotate the"
            + " production one now, since the other environments have had it, and have each"
            + " environment read its own from a secret store (External Secrets, Sealed Secrets,"
            + " SOPS) instead of a literal in the manifest.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
    })
public final class SecretsDifferPerEnvironment implements Check<ParsedFiles<KubeManifests>> {
  // Keys of a Secret that name where or who, or hold public material, not a secret: the same
  // username, host or CA certificate in staging and production is no leak.
  private static final Set<String> IDENTIFIER_KEYS =
      Set.of(
          "USER",
          "USERNAME",
          "HOST",
          "HOSTNAME",
          "PORT",
          "DATABASE",
          "DB",
          "NAME",
          "URL",
          "URI",
          "ENDPOINT",
          "REGION",
          "NAMESPACE",
          "EMAIL",
          "CRT",
          "CERT",
          "CERTIFICATE",
          "PUB");

  /** Where a non-production value was first seen: its file and line, and what held it. */
  private record Seen(String path, int line, String label) {}

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    // hash of a value -> its first place in a non-production file; the values are not kept
    Map<String, Seen> nonProduction = new HashMap<>();
    List<ParsedFile<KubeManifests>> production = new ArrayList<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      Environment environment = Environment.of(file.source().path());
      if (environment == Environment.PRODUCTION) {
        production.add(file);
      } else if (environment == Environment.NON_PRODUCTION) {
        for (SecretValues.SecretValue value : values(file.model())) {
          nonProduction.putIfAbsent(
              Findings.sha256(value.value()),
              new Seen(file.source().path(), value.at().line(), value.shortLabel()));
        }
      }
    }
    for (ParsedFile<KubeManifests> file : production) {
      Findings here = out.in(file.source());
      for (SecretValues.SecretValue value : values(file.model())) {
        Seen other = nonProduction.get(Findings.sha256(value.value()));
        if (other != null) {
          here.reportWithIdentity(
              value.at(),
              value.where(),
              value.label()
                  + " has the same value as "
                  + other.label()
                  + " in "
                  + other.path()
                  + ":"
                  + other.line()
                  + ", a non-production file: whoever has that environment's secret has"
                  + " production's.",
              LiteralSecrets.identity(value.name(), value.value()));
        }
      }
    }
  }

  private static List<SecretValues.SecretValue> values(KubeManifests manifests) {
    List<SecretValues.SecretValue> values = new ArrayList<>();
    values.addAll(SecretValues.inEnv(manifests, SecretNames::isSecretName));
    values.addAll(SecretValues.inSecrets(manifests, key -> !isIdentifier(key)));
    values.removeIf(v -> !isComparable(v));
    return values;
  }

  private static boolean isComparable(SecretValues.SecretValue value) {
    if (!value.text()) {
      return !value.value().isEmpty();
    }
    String v = value.value().strip();
    return !v.isEmpty() && !Placeholders.isPlaceholder(v) && !EnvVars.onlyRefersToOtherVariables(v);
  }

  private static boolean isIdentifier(String key) {
    String normal = SecretNames.normalise(key);
    return IDENTIFIER_KEYS.stream()
        .anyMatch(word -> normal.equals(word) || normal.endsWith("_" + word));
  }
}
