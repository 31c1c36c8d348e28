package dev.rampart.model;

import java.util.List;

/**
 * Everything a reader needs to know about a rule: what it checks, why, and how to fix it. Read from
 * the rule's {@code @Rule} annotation; the rule reference is generated from it.
 */
public record RuleInfo(
    String id,
    String title,
    Severity severity,
    List<String> controls,
    List<String> aliases,
    String format,
    String rationale,
    String remediation,
    List<String> references) {

  public RuleInfo {
    controls = List.copyOf(controls);
    aliases = List.copyOf(aliases);
    references = List.copyOf(references);
  }
}
