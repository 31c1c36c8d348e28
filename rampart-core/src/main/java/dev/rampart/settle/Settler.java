package dev.rampart.settle;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Summary;
import dev.rampart.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the raw findings of a scan into its final result: in a stable order, with duplicates
 * removed, and counted.
 */
public final class Settler {
  private final String toolVersion;

  public Settler(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public ScanResult settle(
      List<Finding> raw, List<Suppression> suppressed, List<ScanError> errors, ScanStats stats) {
    List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(raw));
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
}
