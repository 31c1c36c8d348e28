package dev.rampart.rules.secrets;

import dev.rampart.secrets.SecretDetector;
import dev.rampart.secrets.SecretRule;
import java.util.List;

/**
 * Every secret rule, most specific first: where two rules match the same value, the earlier one
 * reports it. A new rule is one class in this package and one line here; generic rules go last.
 */
public final class SecretRules {
  private static final List<SecretRule> ALL =
      List.of(
          // code hosts
          new GitHubTokens(),
          // generic (RA-SEC-090..099), always last
          new GenericSecretAssignment());

  private static final SecretDetector DETECTOR = SecretDetector.of(ALL);

  private SecretRules() {}

  public static List<SecretRule> all() {
    return ALL;
  }

  /**
   * The detector over every secret rule, shared by the raw-text pass and by format rules that
   * inspect single values (ENV values, compose environment, Kubernetes env).
   */
  public static SecretDetector detector() {
    return DETECTOR;
  }
}
