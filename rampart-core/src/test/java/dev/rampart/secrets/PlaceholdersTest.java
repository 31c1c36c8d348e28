package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Failures name only the case's index, never its value: some of these look like secrets.
class PlaceholdersTest {

  @ParameterizedTest(name = "placeholder #{index}")
  @ValueSource(
      strings = {
        "changeme",
        "CHANGE_ME_BEFORE_DEPLOY",
        "<your-api-key>",
        "${API_TOKEN}",
        "$API_TOKEN",
        "{{ .Values.token }}",
        "<%= ENV['TOKEN'] %>",
        "xxxxxxxxxxxxxxxxxxxx",
        "sk-...",
        "ghp_…",
        "********",
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "dummy",
        "dummy-password-123",
        "test",
        "test123",
        "testtesttest",
        "test-token-1234",
        "my_fake_secret",
        "mySecretTokenValue",
        "your_token_here",
        "aaaaaaaa",
        "abababab",
        "12345678",
        "abcdefgh",
        "0123456789abcdef",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "sk_abcdefghijklmnopqrstuvwxyz123",
        "AbCeFG123",
        "REDACTED",
        "<placeholder>"
      })
  void placeholdersAreNotSecrets(String value) {
    assertThat(Placeholders.isPlaceholder(value)).isTrue();
  }

  // Generated tokens, some with words such as "test" or "live" in them (fake, seeded random).
  @ParameterizedTest(name = "token #{index}")
  @ValueSource(
      strings = {
        "nTfEQKLtO4wZCK40tqFrxeIUjcRO82yx",
        "sk_test_DZgiIXHldRebhGs7XnhgQBea",
        "rk_live_JBGY7VXeEuVvKr2lMxtC6uQ38IKBF9I4",
        "duffel_test_8dFvJSFB79IUl72RqmtdLzEkhJjX",
        "AAAAAAAAAAAAAAAAAAAAAKx5iXoJtRRnRlOwsryhwdtF3OS8OMaAhKF",
        "02820ef588f87a9e2a91fc472d1abb175f015ae8",
        "2f1b4c9e-8d3a-4e6f-9b7c-1a2d3e4f5a6b",
        "xoxb-6378065742367-749342332556-czpeqcylbx9wg10v93rhghx4",
        "Ul*gXGnO16fdxydZ@MlWDFmr",
        "hunter2-RVziYbjYUA8K1NSG"
      })
  void generatedTokensAreNot(String value) {
    assertThat(Placeholders.isPlaceholder(value)).isFalse();
  }
}
