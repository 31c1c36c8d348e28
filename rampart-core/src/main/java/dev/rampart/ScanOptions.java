package dev.rampart;

import dev.rampart.model.RuleInfo;
import dev.rampart.settle.Profile;
import java.util.function.Predicate;

/**
 * How to scan.
 *
 * @param maxFileSize files larger than this many bytes are not read
 * @param threads how many files to check at once
 * @param enabled which rules run (by default, those of {@link Profile#DEFAULT})
 */
public record ScanOptions(long maxFileSize, int threads, Predicate<RuleInfo> enabled) {

  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  public static ScanOptions defaults() {
    return new ScanOptions(
        DEFAULT_MAX_FILE_SIZE,
        Runtime.getRuntime().availableProcessors(),
        Profile.DEFAULT.selects());
  }

  public ScanOptions withMaxFileSize(long bytes) {
    return new ScanOptions(bytes, threads, enabled);
  }

  public ScanOptions withEnabled(Predicate<RuleInfo> rules) {
    return new ScanOptions(maxFileSize, threads, rules);
  }
}
