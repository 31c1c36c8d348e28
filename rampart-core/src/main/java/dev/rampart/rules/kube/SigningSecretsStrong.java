package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.SigningSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-K8S-053",
    title = "Signing and encryption secrets are long and random",
    severity = Severity.HIGH,
    controls = "secrets.strength",
    rationale =
        "A key that signs sessions, cookies or JWTs, or encrypts data, is only as strong as it is"
            + " hard to guess: a short one, a word, or a default such as `changeme` or"
            + " `your-secret-here` is found by a dictionary or brute force offline, from one"
            + " signed token, and then the attacker forges any session or token, or decrypts the"
            + " data. Checked are env values and Secret `stringData` and decoded `data` values"
            + " under a signing secret's name: a name ending with JWT_SECRET, JWT_KEY,"
            + " SECRET_KEY, SECRET_KEY_BASE, SESSION_SECRET, SESSION_KEY, COOKIE_SECRET,"
            + " COOKIE_KEY, ENCRYPTION_KEY, ENCRYPTION_SECRET, SIGNING_KEY, SIGNING_SECRET,"
            + " APP_KEY, APP_SECRET, AUTH_SECRET, HMAC_KEY, HMAC_SECRET or MASTER_KEY, in any"
            + " spelling (jwtSecret, jwt-secret). A value is weak when it is a placeholder or"
            + " default, shorter than 32 characters (32 bytes for binary `data`),"
            + " or below 3 bits of entropy per character. Empty values and template expressions"
            + " (`${VAR}`, `{{ .Values.key }}`, `$(VAR)`) are not judged. RA-K8S-032 and RA-K8S-049 may"
            + " report the same line for writing the value into the manifest at all; this rule"
            + " says why the value would be weak wherever it were kept. Messages never show the"
            + " value.",
    remediation =
        "Generate the key at random, at least 32 bytes: `openssl rand -base64 48`, and use a"
            + " different one in each environment. Rotate the weak one (sessions and tokens signed"
            + " with it stop being valid), and keep the new one in a secret store rather than in"
            + " the manifest.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/326.html",
      "https://cwe.mitre.org/data/definitions/1391.html"
    })
public final class SigningSecretsStrong implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    List<SecretValues.SecretValue> values = new ArrayList<>();
    values.addAll(SecretValues.inEnv(manifests, SigningSecrets::isSigningSecretName));
    values.addAll(SecretValues.inSecrets(manifests, SigningSecrets::isSigningSecretName));
    for (SecretValues.SecretValue value : values) {
      Optional<String> weakness =
          value.text()
              ? SigningSecrets.weakness(value.value())
              : SigningSecrets.binaryWeakness(value.value().length());
      weakness.ifPresent(
          why ->
              out.reportWithIdentity(
                  value.at(),
                  value.where(),
                  value.label()
                      + " is a signing or encryption key that is too weak: "
                      + why
                      + ". Whoever guesses it forges what it signs or reads what it encrypts.",
                  LiteralSecrets.identity(value.name(), value.value())));
    }
  }
}
