package dev.rampart.model;

import java.util.Map;

/**
 * What the scan looked at, so a report can say what it did not read and why.
 *
 * @param filesVisited files the walk reached (after .gitignore and excludes)
 * @param filesChecked files parsed and checked by at least one format
 * @param bytesRead bytes of file content read
 * @param skipped files not read, by reason (for example {@code binary}, {@code too large})
 * @param history what {@code --history} read from git history; {@code null} when it did not run
 */
public record ScanStats(
    long filesVisited,
    long filesChecked,
    long bytesRead,
    Map<String, Long> skipped,
    long millis,
    HistoryStats history) {

  public ScanStats {
    skipped = Map.copyOf(skipped);
  }

  /** The statistics of a scan of the tree alone. */
  public ScanStats(
      long filesVisited,
      long filesChecked,
      long bytesRead,
      Map<String, Long> skipped,
      long millis) {
    this(filesVisited, filesChecked, bytesRead, skipped, millis, null);
  }
}
