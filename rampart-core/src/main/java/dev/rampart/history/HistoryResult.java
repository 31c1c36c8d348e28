package dev.rampart.history;

import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.ScanError;
import dev.rampart.model.Suppression;
import java.util.List;

/**
 * What a history scan found, for the engine to settle with the tree's findings.
 *
 * @param stats what it read; {@code null} when there was no history to read
 */
public record HistoryResult(
    List<Finding> findings,
    List<Suppression> suppressed,
    List<ScanError> errors,
    HistoryStats stats) {

  public HistoryResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    errors = List.copyOf(errors);
  }
}
