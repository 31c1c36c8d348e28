package dev.rampart.model;

import java.util.Comparator;
import java.util.List;

/**
 * One violation of one rule at one place. This is the record every renderer reads, and its fields
 * are the JSON output contract.
 *
 * @param object what the finding is about, such as {@code stage runtime (FROM alpine:3.20)}; may be
 *     empty
 * @param fingerprint stable across unrelated edits and line moves, used by baselines
 * @param commit for a finding in git history, the commit that introduced it; {@code null} for a
 *     finding in the scanned tree
 */
public record Finding(
    String ruleId,
    String title,
    Severity severity,
    List<String> controls,
    List<String> aliases,
    String path,
    int line,
    int column,
    String object,
    String message,
    String remediation,
    String fingerprint,
    Commit commit) {

  /** Report order: by path, then position, then rule. */
  public static final Comparator<Finding> REPORT_ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    controls = List.copyOf(controls);
    aliases = List.copyOf(aliases);
  }

  /** A finding in the scanned tree, not in history. */
  public Finding(
      String ruleId,
      String title,
      Severity severity,
      List<String> controls,
      List<String> aliases,
      String path,
      int line,
      int column,
      String object,
      String message,
      String remediation,
      String fingerprint) {
    this(
        ruleId,
        title,
        severity,
        controls,
        aliases,
        path,
        line,
        column,
        object,
        message,
        remediation,
        fingerprint,
        null);
  }

  /** Whether this finding is in git history rather than in the scanned tree. */
  public boolean inHistory() {
    return commit != null;
  }
}
