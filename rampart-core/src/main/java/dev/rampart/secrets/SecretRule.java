package dev.rampart.secrets;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import java.util.List;

/**
 * A secret rule: the patterns it stands for, with its metadata in its {@code @Rule} annotation. The
 * detector runs every rule's patterns in one pass per file; the rule then reports the matches that
 * are its own, so a rule is only its patterns.
 */
public interface SecretRule extends Check<SecretScan> {

  List<SecretPattern> patterns();

  @Override
  default void check(SecretScan scan, Findings out) {
    for (SecretMatch match : scan.matchesOf(this)) {
      out.reportWithIdentity(
          match.position(),
          "",
          "A " + match.kind() + " (" + match.redacted() + ") is written here in plain text.",
          match.identity());
    }
    for (SecretMatch match : scan.allowedOf(this)) {
      out.suppress(match.position(), match.allowedBecause().orElseThrow());
    }
  }
}
