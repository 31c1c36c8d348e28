package dev.rampart.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.parse.SourceText;
import dev.rampart.testing.Fixtures;
import dev.rampart.testing.SecretLeaks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that read secret values (RA-CFG-007 and RA-CFG-008) report which key and why, never the
 * value, and a settings file that cannot be read does not quote its text in the error either.
 */
class SettingsSecretsNotShownTest {
  private static final Path SETTINGS = Fixtures.ROOT.resolve("settings");

  // The fake values of the fixtures, weak ones included: the secret detector would not call
  // `changeme` a secret, but this rule reads it as one.
  private static final List<String> VALUES =
      List.of(
          "changeme",
          "short-fixture-key",
          "abababababababababababababababababab",
          "fixture-jwt",
          "q7Rampart-Fixture-K2w9Lx4Nv6Bt3Hm5Jr1Ps0Tz",
          "fake-Shrd-q8v2Lk7wZp3n",
          "fake-Jw7-q7K2w9Lx4Nv6Bt3Hm5Jr1Ps0TzX8",
          "fake-Nd5-W3rT9yU1iO7p",
          "fake-Sc6-Hj4Kl8Mn2Bv6");

  @Test
  void findingsNameTheKeyNeverTheValue() {
    List<Finding> findings = new ArrayList<>();
    for (String rule : List.of("RA-CFG-007", "RA-CFG-008")) {
      Fixtures.scan(SETTINGS.resolve(rule)).findings().stream()
          .filter(f -> f.ruleId().equals(rule))
          .forEach(findings::add);
    }
    assertThat(findings).hasSizeGreaterThanOrEqualTo(8);
    SecretLeaks.assertNoneShown(findings, VALUES);
  }

  @Test
  void parseErrorsDoNotQuoteTheFile() {
    String secret = "Zq9fixtureSecretValue77";
    for (String[] file :
        new String[][] {
          {"appsettings.Production.json", "{\"Jwt\": {\"Secret\": " + secret + "}}"},
          {"settings.prod.toml", "jwt_secret = " + secret + "\n"},
          {"config/production.yml", "jwt: [" + secret + "\n  - : {\n"},
          {".env.production", "'" + secret + " JWT\n"},
          {"settings.prod.ini", "[" + secret + "\n= " + secret + "\n"}
        }) {
      List<ScanError> errors = new ArrayList<>();
      Fixtures.engine();
      dev.rampart.Formats.builtIn().stream()
          .filter(a -> a.format().equals("settings"))
          .findFirst()
          .orElseThrow()
          .analyze(
              new SourceText(file[0], file[1]),
              rule -> true,
              new ArrayList<>(),
              new ArrayList<>(),
              errors);
      assertThat(errors).as(file[0]).isNotEmpty();
      assertThat(errors)
          .as(file[0])
          .allSatisfy(e -> assertThat(e.message()).doesNotContain(secret.substring(0, 8)));
    }
  }
}
