package dev.rampart.history;

/**
 * Whether and how far a scan reads git history.
 *
 * @param enabled scan every blob introduced by the reachable commits
 * @param allRefs start from every branch, tag and remote-tracking branch, not only {@code HEAD}
 */
public record HistoryOptions(boolean enabled, boolean allRefs) {
  /** The tree only. */
  public static final HistoryOptions NONE = new HistoryOptions(false, false);

  /** The commits reachable from {@code HEAD}. */
  public static final HistoryOptions HEAD = new HistoryOptions(true, false);

  /** The commits reachable from any branch, tag or remote-tracking branch. */
  public static final HistoryOptions ALL_REFS = new HistoryOptions(true, true);

  public HistoryOptions {
    if (allRefs && !enabled) {
      throw new IllegalArgumentException("all refs is a kind of history scan");
    }
  }
}
