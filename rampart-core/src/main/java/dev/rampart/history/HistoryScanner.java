package dev.rampart.history;

import dev.rampart.Pools;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.check.Analyzer;
import dev.rampart.check.Candidates;
import dev.rampart.check.Findings;
import dev.rampart.discover.FileContent;
import dev.rampart.model.Commit;
import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.ScanError;
import dev.rampart.model.Suppression;
import dev.rampart.parse.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Checks every blob that git history introduced for secrets, each blob once and in parallel, and
 * reports each secret once per rule, path and secret: at the earliest commit that introduced it.
 *
 * <p>Only the formats in {@link #FORMATS} run over history: the others describe how things are
 * deployed now, which old commits do not. History findings name the control {@value #CONTROL},
 * carry their {@link Commit}, and have a fingerprint of their own (a hash of the rule, the path and
 * the secret, never of the line), so that a secret removed from the tree is still reported until it
 * is dealt with, and a secret that only moved is not reported again.
 */
public final class HistoryScanner {
  /** The formats whose rules run over history blobs. */
  public static final Set<String> FORMATS = Set.of("secrets");

  /** The control every history finding verifies. */
  public static final String CONTROL = "secrets.not-in-history";

  /** Where errors about the repository as a whole are reported. */
  public static final String REPOSITORY_PATH = ".git";

  /** How many blobs the walk gathers before grouping them by path for the checkers. */
  private static final int BATCH = 8192;

  private static final String TREE_MESSAGE_END = " is written here in plain text.";

  private final List<Analyzer<?>> analyzers;
  private final ScanOptions options;

  public HistoryScanner(List<Analyzer<?>> analyzers, ScanOptions options) {
    this.analyzers = analyzers.stream().filter(a -> FORMATS.contains(a.format())).toList();
    this.options = options;
  }

  /**
   * Reads the history of the repository that holds {@code root}. Nothing thrown here ends a scan: a
   * root outside any work tree, an unreadable repository or a blob that cannot be read becomes an
   * error in the result.
   */
  public HistoryResult scan(Path root, HistoryOptions history, ScanProgress progress) {
    Optional<GitHistory> opened;
    try {
      opened = GitHistory.open(root);
    } catch (IOException | RuntimeException e) {
      return failed("history not scanned: the git repository could not be opened: " + reason(e));
    }
    if (opened.isEmpty()) {
      return failed(
          "history not scanned: the scanned path is not inside a git work tree (--history needs"
              + " one)");
    }
    try (GitHistory git = opened.get()) {
      return new Run(git.repository(), progress).scan(git, history);
    }
  }

  private static HistoryResult failed(String message) {
    return new HistoryResult(
        List.of(), List.of(), List.of(ScanError.ofFile(REPOSITORY_PATH, message)), null);
  }

  /** One history scan: its pool, its counters and what it found. */
  private final class Run {
    private final ScanProgress progress;
    private final Map<String, Earliest<Finding>> findings = new ConcurrentHashMap<>();
    private final Map<String, Earliest<Suppression>> suppressed = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<ScanError> errors = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
    private final LongAdder checked = new LongAdder();
    private final LongAdder bytesRead = new LongAdder();
    private final AtomicLong blobs = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    // One reader per checker thread for the whole scan: a reader caches the delta bases it
    // resolved, so the next version of a file costs one or two deltas instead of a whole chain.
    private final ConcurrentLinkedQueue<ObjectReader> opened = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<ObjectReader> readers;

    Run(Repository repository, ScanProgress progress) {
      this.progress = progress;
      this.readers =
          ThreadLocal.withInitial(
              () -> {
                ObjectReader reader = repository.newObjectReader();
                opened.add(reader);
                return reader;
              });
    }

    HistoryResult scan(GitHistory git, HistoryOptions history) {
      int threads = Math.max(1, options.threads());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      // Bounds the blob ids queued ahead of the checkers (never contents): the batch being
      // gathered and those waiting for a thread.
      Semaphore inFlight = new Semaphore(2 * BATCH);
      Map<String, List<IntroducedBlob>> batch = new LinkedHashMap<>();
      long commits = 0;
      boolean shallow = false;
      try {
        shallow = git.shallow();
        commits =
            git.walk(
                history.allRefs(),
                blob -> {
                  progress.found(blobs.incrementAndGet());
                  inFlight.acquireUninterruptibly();
                  batch.computeIfAbsent(blob.path(), p -> new ArrayList<>()).add(blob);
                  if (blobs.get() % BATCH == 0) {
                    submit(batch, pool, inFlight);
                  }
                });
        submit(batch, pool, inFlight);
      } catch (IOException | RuntimeException e) {
        errors.add(
            ScanError.ofFile(
                REPOSITORY_PATH, "history only partly scanned: the walk failed: " + reason(e)));
      } finally {
        pool.shutdown();
        Pools.awaitQuietly(pool);
        opened.forEach(ObjectReader::close);
      }
      Map<String, Long> skips = new TreeMap<>();
      skipped.forEach((reason, count) -> skips.put(reason, count.sum()));
      HistoryStats stats =
          new HistoryStats(
              history.allRefs() ? "all refs" : "HEAD",
              commits,
              blobs.get(),
              checked.sum(),
              bytesRead.sum(),
              skips,
              shallow);
      return new HistoryResult(
          findings.values().stream().map(Earliest::value).toList(),
          suppressed.values().stream().map(Earliest::value).toList(),
          List.copyOf(errors),
          stats);
    }

    /**
     * Hands the batch to the pool, one task per path reading its versions oldest first: git stores
     * a file's versions as a chain of deltas, and reading the chain in order lets JGit resolve each
     * version from the previous one instead of from the chain's start.
     */
    private void submit(
        Map<String, List<IntroducedBlob>> batch, ExecutorService pool, Semaphore inFlight) {
      for (List<IntroducedBlob> versions : batch.values()) {
        pool.execute(
            () -> {
              ObjectReader reader = readers.get();
              for (IntroducedBlob blob : versions) {
                try {
                  check(reader, blob);
                } finally {
                  inFlight.release();
                  progress.checked(done.incrementAndGet());
                }
              }
            });
      }
      batch.clear();
    }

    private void check(ObjectReader reader, IntroducedBlob blob) {
      Candidates candidates = Candidates.byName(analyzers, blob.path());
      if (candidates.none()) {
        skip("binary"); // named like media or an archive: not even read
        return;
      }
      try {
        ObjectLoader loader = reader.open(blob.id(), Constants.OBJ_BLOB);
        if (loader.getSize() > options.maxFileSize()) {
          // As in the working tree: binary is a skip, text not checked for secrets an error.
          if (startsBinary(loader)) {
            skip("binary");
          } else {
            errors.add(
                error(
                    blob,
                    String.format(
                        "not checked: the blob is %.1f MB, over the %.1f MB limit"
                            + " (--max-file-size)",
                        loader.getSize() / 1048576.0, options.maxFileSize() / 1048576.0)));
          }
          return;
        }
        byte[] bytes = loader.getCachedBytes((int) Math.min(options.maxFileSize(), 1 << 30));
        bytesRead.add(bytes.length);
        Optional<SourceText> text = FileContent.decode(blob.path(), bytes);
        if (text.isEmpty()) {
          skip("binary");
          return;
        }
        List<Analyzer<?>> chosen = candidates.forText(text.get().text());
        chosen.forEach(analyzer -> analyze(analyzer, text.get(), blob));
        if (!chosen.isEmpty()) {
          checked.increment();
        }
      } catch (MissingObjectException e) {
        errors.add(error(blob, "blob " + blob.id().abbreviate(7).name() + " is missing"));
      } catch (IOException | LargeObjectException e) {
        errors.add(error(blob, "could not read: " + reason(e)));
      } catch (OutOfMemoryError e) {
        errors.add(error(blob, "not checked: out of memory while reading it"));
      }
    }

    private void analyze(Analyzer<?> analyzer, SourceText text, IntroducedBlob blob) {
      List<Finding> found = new ArrayList<>();
      List<Suppression> accepted = new ArrayList<>();
      List<ScanError> problems = new ArrayList<>();
      analyzer.analyze(text, options.enabled(), found, accepted, problems);
      for (Finding f : found) {
        Finding history = inHistory(f, blob.commit());
        // Keyed by the tree fingerprint: the rule, the path and the secret, never the line.
        findings.merge(
            f.fingerprint(),
            new Earliest<>(blob.commitTime(), blob.commit(), history),
            Earliest::min);
      }
      for (Suppression s : accepted) {
        String key = s.ruleId() + '\0' + s.path() + '\0' + s.reason();
        suppressed.merge(key, new Earliest<>(blob.commitTime(), blob.commit(), s), Earliest::min);
      }
      for (ScanError problem : problems) {
        errors.add(
            new ScanError(
                problem.path(),
                problem.line(),
                problem.message() + " (in commit " + blob.commit().shortId() + ")"));
      }
    }

    private static boolean startsBinary(ObjectLoader loader) throws IOException {
      try (InputStream in = loader.openStream()) {
        return FileContent.decode("", in.readNBytes(FileContent.BINARY_SNIFF_BYTES)).isEmpty();
      }
    }

    private void skip(String reason) {
      skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    private ScanError error(IntroducedBlob blob, String message) {
      return ScanError.ofFile(
          blob.path(), message + " (in commit " + blob.commit().shortId() + ")");
    }
  }

  /** A value with the commit it was found in, of which the earliest wins. */
  private record Earliest<T>(long commitTime, Commit commit, T value) {
    private static final Comparator<Earliest<?>> ORDER =
        Comparator.<Earliest<?>>comparingLong(Earliest::commitTime)
            .thenComparing(e -> e.commit().id());

    static <T> Earliest<T> min(Earliest<T> a, Earliest<T> b) {
      return ORDER.compare(a, b) <= 0 ? a : b;
    }
  }

  /** {@code finding}, found in a blob of {@code commit}, as a history finding. */
  static Finding inHistory(Finding finding, Commit commit) {
    String message = finding.message();
    String where = " was committed in " + commit.shortId() + " on " + commit.day() + ".";
    message =
        message.endsWith(TREE_MESSAGE_END)
            ? message.substring(0, message.length() - TREE_MESSAGE_END.length()) + where
            : "In commit " + commit.shortId() + " (" + commit.day() + "): " + message;
    message +=
        " Removing it from the working tree is not enough: anyone with a clone still has it, so"
            + " rotate the secret (rewriting history is optional).";
    return new Finding(
        finding.ruleId(),
        finding.title(),
        finding.severity(),
        List.of(CONTROL),
        finding.aliases(),
        finding.path(),
        finding.line(),
        finding.column(),
        finding.object(),
        message,
        finding.remediation(),
        Findings.sha256("history\0" + finding.fingerprint()),
        commit);
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
