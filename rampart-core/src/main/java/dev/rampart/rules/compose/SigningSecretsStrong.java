package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.SigningSecrets;

@Rule(
    id = "RA-CMP-026",
    title = "Signing and encryption secrets in services' environment are long and random",
    severity = Severity.HIGH,
    controls = "secrets.strength",
    aliases = {},
    rationale =
        "A key that signs sessions, cookies or JWTs, or encrypts data, is only as strong as it is"
            + " hard to guess: a short one, a word, or a default such as `changeme` is found by"
            + " a dictionary or brute force from one signed token, and then the attacker forges"
            + " any session. Compose files often ship such a default (`SECRET_KEY_BASE:"
            + " ${SECRET_KEY_BASE:-changeme}`) that production then runs with. Checked are"
            + " literal values and defaults written in the file under a signing secret's name"
            + " (JWT_SECRET, SECRET_KEY, SECRET_KEY_BASE, SESSION_SECRET, ENCRYPTION_KEY,"
            + " APP_KEY ...): weak when a placeholder or default, shorter than 32 characters or"
            + " below 3 bits of entropy per character. RA-CMP-025 reports writing it here at all;"
            + " this rule says why the value would be weak wherever it were kept. Values are"
            + " never shown.",
    remediation =
        "Generate the key at random, at least 32 bytes (`openssl rand -base64 48`), give it to the"
            + " service as a Compose secret, and leave no usable default in the file:"
            + " `${SECRET_KEY_BASE:?set SECRET_KEY_BASE}` fails fast instead.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/1391.html"
    })
public final class SigningSecretsStrong implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (SecretValues.Value value : SecretValues.of(file, SigningSecrets::isSigningSecretName)) {
      SigningSecrets.weakness(value.value())
          .ifPresent(
              why ->
                  out.reportWithIdentity(
                      value.var().at(),
                      value.service().label(),
                      value.label()
                          + " is a signing or encryption key that is too weak: "
                          + why
                          + ". Whoever guesses it forges what it signs or reads what it"
                          + " encrypts.",
                      LiteralSecrets.identity(value.var().name(), value.value())));
    }
  }
}
