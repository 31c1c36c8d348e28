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
    List<String> references,
    List<String> profiles,
    boolean enabledByDefault) {

  public RuleInfo {
    controls = List.copyOf(controls);
    aliases = List.copyOf(aliases);
    references = List.copyOf(references);
    profiles = List.copyOf(profiles);
  }

  /** The names of every profile that selects the rule, {@code default} first when it does. */
  public List<String> profileNames() {
    List<String> names = new java.util.ArrayList<>();
    if (enabledByDefault) {
      names.add("default");
    }
    names.addAll(profiles);
    return names;
  }

  /** A rule of the default profile and no other. */
  public RuleInfo(
      String id,
      String title,
      Severity severity,
      List<String> controls,
      List<String> aliases,
      String format,
      String rationale,
      String remediation,
      List<String> references) {
    this(
        id,
        title,
        severity,
        controls,
        aliases,
        format,
        rationale,
        remediation,
        references,
        List.of(),
        true);
  }
}
