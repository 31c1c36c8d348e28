package dev.rampart.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import dev.rampart.testing.SecretLeaks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret's value never appears in a finding, not even in part. */
class NoSecretsInEnvOrArgTest {
  private static final Path FIXTURE =
      Fixtures.ROOT.resolve("dockerfile/RA-DF-030/fail-literal-secrets.Dockerfile");

  // The literal secrets written in the fixture.
  private static final List<String> SECRETS =
      List.of(
          "npm_Zq4vWm8RkT2bX9cL5nP1sA7dF3gH6jK0yE2u",
          "Tr0ub4dor-and-3",
          "kA9#mQ2 vL7pX4zR8tW1",
          "sk_live_51HxYzAbCdEfGhIjKlMnOpQr",
          "ghp_R2d2C3poBb8Yoda1Luke2Leia3Han4Solo5",
          "Wookiee-Roar-42",
          "changeme",
          "f00dfacecafebabedeadbeef0123456789");

  @Test
  void noFindingFieldContainsFiveCharactersOfASecret() {
    List<Finding> findings = Fixtures.scan(FIXTURE).findings();
    assertThat(findings).anyMatch(f -> f.ruleId().equals("RA-DF-030"));
    SecretLeaks.assertNoneShown(findings, SECRETS);
  }

  @Test
  void fingerprintsSurviveLineMoves(@TempDir Path dir) throws IOException {
    Path original = dir.resolve("a").resolve("Dockerfile");
    Path moved = dir.resolve("b").resolve("Dockerfile");
    Files.createDirectories(original.getParent());
    Files.createDirectories(moved.getParent());
    String text = Fixtures.read(FIXTURE);
    Files.writeString(original, text);
    Files.writeString(moved, "# moved down by a comment\n\n" + text);

    List<String> before = fingerprints(Fixtures.scan(original.getParent()));
    List<String> after = fingerprints(Fixtures.scan(moved.getParent()));
    assertThat(before).hasSize(9).doesNotHaveDuplicates();
    assertThat(after).containsExactlyInAnyOrderElementsOf(before);
  }

  private static List<String> fingerprints(ScanResult result) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals("RA-DF-030"))
        .map(Finding::fingerprint)
        .toList();
  }
}
