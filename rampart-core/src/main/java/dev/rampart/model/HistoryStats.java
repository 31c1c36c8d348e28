package dev.rampart.model;

import java.util.Map;

/**
 * What a {@code --history} scan read from the repository's history.
 *
 * @param refs what the walk started from: {@code HEAD} or {@code all refs}
 * @param commits commits walked
 * @param blobs distinct file contents (blobs) the commits introduced, each counted once
 * @param blobsChecked blobs read and checked for secrets
 * @param bytesRead bytes of blob content read
 * @param skipped blobs not checked, by reason ({@code binary}, {@code too large})
 * @param shallow whether the repository is a shallow clone, so older commits are not in it
 */
public record HistoryStats(
    String refs,
    long commits,
    long blobs,
    long blobsChecked,
    long bytesRead,
    Map<String, Long> skipped,
    boolean shallow) {

  public HistoryStats {
    skipped = Map.copyOf(skipped);
  }
}
