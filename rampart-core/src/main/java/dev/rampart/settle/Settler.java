package dev.rampart.settle;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Summary;
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

  public ScanResult settle(List<Finding> raw, List<ScanError> errors, ScanStats stats) {
    List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(raw));
    findings.sort(Finding.REPORT_ORDER);
    List<ScanError> sortedErrors = new ArrayList<>(new LinkedHashSet<>(errors));
    sortedErrors.sort(
        Comparator.comparing(ScanError::path)
            .thenComparingInt(ScanError::line)
            .thenComparing(ScanError::message));
    return new ScanResult(
        toolVersion, findings, List.of(), Summary.of(findings), sortedErrors, stats);
  }
}
