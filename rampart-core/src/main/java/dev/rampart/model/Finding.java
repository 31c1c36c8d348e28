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
    String fingerprint) {

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
}
