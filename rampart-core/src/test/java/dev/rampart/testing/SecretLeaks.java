package dev.rampart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import java.util.List;

/** Assertions that findings show no part of the secrets a fixture holds. */
public final class SecretLeaks {
  private static final int SHOWN = 5;

  private SecretLeaks() {}

  /** No field of any finding contains five consecutive characters of any of {@code secrets}. */
  public static void assertNoneShown(List<Finding> findings, List<String> secrets) {
    for (Finding finding : findings) {
      String fields =
          String.join(
              "\n",
              finding.ruleId(),
              finding.title(),
              finding.path(),
              finding.object(),
              finding.message(),
              finding.remediation(),
              finding.fingerprint());
      for (String secret : secrets) {
        for (int i = 0; i + SHOWN <= secret.length(); i++) {
          assertThat(fields)
              .as("%s finding at line %d", finding.ruleId(), finding.line())
              .doesNotContain(secret.substring(i, i + SHOWN));
        }
      }
    }
  }
}
