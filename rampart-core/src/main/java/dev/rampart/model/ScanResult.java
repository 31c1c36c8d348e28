package dev.rampart.model;

import java.util.List;

/**
 * The settled outcome of a scan: what every renderer reads, and nothing it has to decide.
 *
 * @param baselined findings left out because a baseline ({@code --baseline}) holds them
 */
public record ScanResult(
    String toolVersion,
    List<Finding> findings,
    List<Suppression> suppressed,
    Summary summary,
    List<ScanError> errors,
    ScanStats stats,
    int baselined) {

  public ScanResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    errors = List.copyOf(errors);
  }

  /** A result without a baseline. */
  public ScanResult(
      String toolVersion,
      List<Finding> findings,
      List<Suppression> suppressed,
      Summary summary,
      List<ScanError> errors,
      ScanStats stats) {
    this(toolVersion, findings, suppressed, summary, errors, stats, 0);
  }

  /** This result with only {@code kept} of its findings, {@code baselined} more left out. */
  public ScanResult withBaselined(List<Finding> kept, int baselined) {
    return new ScanResult(
        toolVersion, kept, suppressed, Summary.of(kept), errors, stats, this.baselined + baselined);
  }
}
