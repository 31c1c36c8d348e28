package dev.rampart.model;

import java.util.List;

/** The settled outcome of a scan: what every renderer reads, and nothing it has to decide. */
public record ScanResult(
    String toolVersion,
    List<Finding> findings,
    List<Suppression> suppressed,
    Summary summary,
    List<ScanError> errors,
    ScanStats stats) {

  public ScanResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    errors = List.copyOf(errors);
  }
}
