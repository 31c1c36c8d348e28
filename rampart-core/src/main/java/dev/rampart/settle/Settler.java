package dev.rampart.settle;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Summary;
import dev.rampart.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the raw findings of a scan into its final result: in a stable order, with duplicates
 * removed, and counted.
 *
 * <p>One secret must not be reported twice: when a format rule (a Dockerfile ENV, later a compose
 * or Kubernetes env value) and the raw-text secret pass both report a hard-coded secret on the same
 * line of the same file, the format rule's finding stays, since it knows the context.
 */
public final class Settler {
  private static final String HARDCODED_SECRET = "secrets.no-hardcoded";

  private final String toolVersion;
  private final Set<String> rawTextRules;

  /**
   * @param rawTextRules ids of the rules that read raw text (the secret detector's), which yield to
   *     format rules on the same line
   */
  public Settler(String toolVersion, Set<String> rawTextRules) {
    this.toolVersion = toolVersion;
    this.rawTextRules = Set.copyOf(rawTextRules);
  }

  public Settler(String toolVersion) {
    this(toolVersion, Set.of());
  }

  public ScanResult settle(
      List<Finding> raw, List<Suppression> suppressed, List<ScanError> errors, ScanStats stats) {
    List<Finding> findings = withoutSecretsReportedTwice(new ArrayList<>(new LinkedHashSet<>(raw)));
    findings.sort(Finding.REPORT_ORDER);
    List<ScanError> sortedErrors = new ArrayList<>(new LinkedHashSet<>(errors));
    sortedErrors.sort(
        Comparator.comparing(ScanError::path)
            .thenComparingInt(ScanError::line)
            .thenComparing(ScanError::message));
    List<Suppression> sortedSuppressions = new ArrayList<>(new LinkedHashSet<>(suppressed));
    sortedSuppressions.sort(
        Comparator.comparing(Suppression::path)
            .thenComparingInt(Suppression::line)
            .thenComparing(Suppression::ruleId));
    return new ScanResult(
        toolVersion, findings, sortedSuppressions, Summary.of(findings), sortedErrors, stats);
  }

  private List<Finding> withoutSecretsReportedTwice(List<Finding> findings) {
    Set<String> linesWithFormatSecrets = new HashSet<>();
    for (Finding f : findings) {
      if (!rawTextRules.contains(f.ruleId()) && f.controls().contains(HARDCODED_SECRET)) {
        linesWithFormatSecrets.add(f.path() + '\0' + f.line());
      }
    }
    if (linesWithFormatSecrets.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean shadowed =
          rawTextRules.contains(f.ruleId())
              && linesWithFormatSecrets.contains(f.path() + '\0' + f.line());
      if (!shadowed) {
        kept.add(f);
      }
    }
    return kept;
  }
}
