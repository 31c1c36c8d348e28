package dev.rampart.rules.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.testing.Fixtures;
import dev.rampart.testing.SecretLeaks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret in a container's env is reported once, by RA-K8S-032, and never shown. */
class NoLiteralSecretsInEnvTest {
  private static final Path FIXTURE =
      Fixtures.ROOT.resolve("kubernetes/RA-K8S-032/fail-literal-secrets.yaml");

  // The literal secrets written in the fixture.
  private static final List<String> SECRETS =
      List.of(
          "Tr0ub4dor-and-3",
          "kA9#mQ2 vL7pX4zR8tW1",
          "Wookiee-Roar-42",
          "ghp_Xw7LbQ2nR9tKc4Mz8VpJ1sHd6Fy3Ga5Ue0Wi",
          "changeme");

  @Test
  void theRawTextPassDefersToTheManifestRule(@TempDir Path dir) throws IOException {
    // The raw-text pass finds some of these secrets in any text file...
    Path copy = dir.resolve("notes.txt");
    Files.writeString(copy, Fixtures.read(FIXTURE));
    assertThat(Fixtures.scan(copy).findings())
        .filteredOn(f -> f.ruleId().startsWith("RA-SEC-"))
        .extracting(Finding::line)
        .contains(23, 26);

    // ...but in the manifest, each is reported once, by the rule that knows it is an env value.
    List<Finding> findings = Fixtures.scan(FIXTURE).findings();
    assertThat(findings).noneMatch(f -> f.ruleId().startsWith("RA-SEC-"));
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("RA-K8S-032"))
        .extracting(Finding::line)
        .containsExactly(13, 21, 23, 26, 29);
  }

  @Test
  void noFindingFieldContainsFiveCharactersOfASecret() {
    SecretLeaks.assertNoneShown(Fixtures.scan(FIXTURE).findings(), SECRETS);
  }
}
