package dev.rampart.check;

import dev.rampart.model.RuleInfo;
import java.util.Arrays;
import java.util.List;

/** A rule's check together with the metadata read from its {@link Rule} annotation. */
public record RegisteredRule<M>(RuleInfo info, Check<M> check) {

  /** Reads the {@link Rule} annotation of {@code check}'s class. */
  public static <M> RegisteredRule<M> of(String format, Check<M> check) {
    Rule rule = check.getClass().getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalArgumentException(
          check.getClass().getName() + " has no @Rule annotation, so it has no id or metadata");
    }
    RuleInfo info =
        new RuleInfo(
            rule.id(),
            rule.title(),
            rule.severity(),
            List.of(rule.controls()),
            List.of(rule.aliases()),
            format,
            rule.rationale(),
            rule.remediation(),
            Arrays.asList(rule.references()),
            Arrays.asList(rule.profiles()),
            rule.enabledByDefault());
    return new RegisteredRule<>(info, check);
  }
}
