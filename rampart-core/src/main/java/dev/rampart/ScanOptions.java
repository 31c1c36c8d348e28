package dev.rampart;

import dev.rampart.model.RuleInfo;
import dev.rampart.settle.Profile;
import java.util.List;
import java.util.function.Predicate;

/**
 * How to scan.
 *
 * @param maxFileSize files larger than this many bytes are not read
 * @param threads how many files to check at once
 * @param enabled which rules run (by default, those of {@link Profile#DEFAULT})
 * @param exclude gitignore-style patterns, relative to the scanned root, of paths the walk does not
 *     read (a project's {@code exclude:}), each counted as skipped
 */
public record ScanOptions(
    long maxFileSize, int threads, Predicate<RuleInfo> enabled, List<String> exclude) {

  public ScanOptions {
    exclude = List.copyOf(exclude);
  }

  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  public static ScanOptions defaults() {
    return new ScanOptions(
        DEFAULT_MAX_FILE_SIZE,
        Runtime.getRuntime().availableProcessors(),
        Profile.DEFAULT.selects(),
        List.of());
  }

  public ScanOptions withMaxFileSize(long bytes) {
    return new ScanOptions(bytes, threads, enabled, exclude);
  }

  public ScanOptions withEnabled(Predicate<RuleInfo> rules) {
    return new ScanOptions(maxFileSize, threads, rules, exclude);
  }

  public ScanOptions withExclude(List<String> patterns) {
    return new ScanOptions(maxFileSize, threads, enabled, patterns);
  }
}
