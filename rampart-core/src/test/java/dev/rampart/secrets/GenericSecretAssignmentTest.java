package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rules.secrets.SecretRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generic rule in the syntaxes a fixture cannot mark (a value on a line of its own), and in
 * every assignment form. Failures name only the case's index: the values are fake secrets.
 */
class GenericSecretAssignmentTest {
  private static final SecretDetector DETECTOR = SecretRules.detector();

  @ParameterizedTest(name = "secret #{index}")
  @ValueSource(
      strings = {
        "<serviceToken>\n    nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\n</serviceToken>",
        "db_password ::= \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "db_password :::= \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "DB_PASSWORD ?= nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx",
        "api_key <- \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "  \"authToken\" => \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "val apiToken: String = \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "var apiToken string = \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\"",
        "put(\"client_secret\", \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\");",
        "{\\\"api_token\\\": \\\"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\\\"}",
        "access_token2: nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx",
        "todo_secret_do_not_commit = nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx",
        "<add key=\"SmtpPassword\" value=\"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\" />"
      })
  void findsSecretsInEverySyntax(String text) {
    assertThat(DETECTOR.valuesIn(text).size()).isEqualTo(1);
  }

  @ParameterizedTest(name = "not a secret #{index}")
  @ValueSource(
      strings = {
        "secret_length = X25519.secret_length",
        "token = getenv(\"API_TOKEN\")",
        "password = this.password",
        "auth_token_url = \"https://auth.example.org/token\"",
        "tokenizer_path: models/bert-base-uncased-vocab",
        "notes = \"Maven - io.jsonwebtoken:jjwt-jackson-0.11.2\"",
        "<UserSecretsId>182d831c-aa15-44aa-a750-d2c20ae31244</UserSecretsId>",
        "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7",
        "if (token == \"nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx\") {",
        "secret_version: v1.2.3-rc.4",
        "private_key_file = keys/signing-key.pem"
      })
  void ignoresWhatIsNotASecret(String text) {
    assertThat(DETECTOR.valuesIn(text).size()).isZero();
  }
}
