package dev.rampart.check;

import dev.rampart.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written next to its code. The rule catalog ({@code rampart rules}) and the
 * generated reference {@code docs/rules.md} are read from this annotation, never written twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {
  /** Stable id such as {@code RA-DF-001}; never reused for another check. */
  String id();

  /** One line saying what must hold, in the affirmative. */
  String title();

  Severity severity();

  /** Ids from the control catalog that this rule verifies. */
  String[] controls();

  /** Equivalent checks in other tools, prefixed with the tool: {@code hadolint:DL3002}. */
  String[] aliases() default {};

  /** Why it matters. */
  String rationale();

  /** What to write instead. */
  String remediation();

  /** Links to the standards and docs behind the rule. */
  String[] references() default {};

  /**
   * The named profiles ({@code --profile}) that select this rule, such as {@code pss-restricted}.
   * Every rule also belongs to the default profile unless {@link #enabledByDefault} is false.
   */
  String[] profiles() default {};

  /**
   * False for a rule that runs only when a profile names it: one that restates, with a standard's
   * exact semantics, what the default rules already check in more detail.
   */
  boolean enabledByDefault() default true;
}
