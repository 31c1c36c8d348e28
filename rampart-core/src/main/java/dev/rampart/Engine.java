package dev.rampart;

import dev.rampart.check.Analyzer;
import dev.rampart.check.Candidates;
import dev.rampart.check.Recognizer;
import dev.rampart.discover.Excludes;
import dev.rampart.discover.FileContent;
import dev.rampart.discover.FileModes;
import dev.rampart.discover.TreeWalker;
import dev.rampart.discover.WalkListener;
import dev.rampart.history.HistoryOptions;
import dev.rampart.history.HistoryResult;
import dev.rampart.history.HistoryScanner;
import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Suppression;
import dev.rampart.parse.FileFacts;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import dev.rampart.settle.Settler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The pipeline: discover the files, parse each once, run the rules over the parsed model, settle
 * the findings. Files are independent, so they are checked in parallel while the walk goes on.
 */
public final class Engine {
  private final List<Analyzer<?>> analyzers;
  private final ScanOptions options;
  private final Settler settler;
  private final FileReader reader;

  /** Reads a file's bytes; a seam so tests can make reads fail even when run as root. */
  @FunctionalInterface
  interface FileReader {
    byte[] read(Path file) throws IOException;
  }

  public Engine(List<Analyzer<?>> analyzers, ScanOptions options, Settler settler) {
    this(analyzers, options, settler, Files::readAllBytes);
  }

  Engine(List<Analyzer<?>> analyzers, ScanOptions options, Settler settler, FileReader reader) {
    // An analyzer none of whose rules is enabled would only parse for nothing. One without rules
    // of its own reports what its format's rules cannot read, so it runs when they do.
    Set<String> formats =
        analyzers.stream()
            .filter(a -> a.ruleInfos().stream().anyMatch(options.enabled()))
            .map(Analyzer::format)
            .collect(Collectors.toSet());
    this.analyzers =
        analyzers.stream()
            .filter(
                a ->
                    a.ruleInfos().isEmpty()
                        ? formats.contains(a.format())
                        : a.ruleInfos().stream().anyMatch(options.enabled()))
            .toList();
    this.options = options;
    this.settler = settler;
    this.reader = reader;
  }

  /** Every rule the engine can run. */
  public List<RuleInfo> rules() {
    return analyzers.stream().flatMap(a -> a.ruleInfos().stream()).toList();
  }

  /**
   * Scans the tree at {@code root} (a directory or a single file).
   *
   * @throws IOException when the root itself cannot be read; anything below it that fails becomes
   *     an error in the result instead
   */
  public ScanResult scan(Path root, ScanProgress progress) throws IOException {
    return scan(root, progress, HistoryOptions.NONE);
  }

  /**
   * Scans the tree at {@code root} and, when {@code history} says so, the blobs that git history
   * introduced (see {@link HistoryScanner}).
   *
   * @throws IOException when the root itself cannot be read; anything below it, and anything about
   *     its history, that fails becomes an error in the result instead
   */
  public ScanResult scan(Path root, ScanProgress progress, HistoryOptions history)
      throws IOException {
    long started = System.nanoTime();
    Collector collector = new Collector(startRuns());
    Excludes excludes = new Excludes(options.exclude());
    ScannedTree tree = ScannedTree.of(root, options.maxFileSize(), reader, excludes);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
    // Bounds the files queued ahead of the checkers, so memory stays flat however big the tree.
    Semaphore inFlight = new Semaphore(Math.max(1, options.threads()) * 64);
    AtomicLong found = new AtomicLong();
    AtomicLong checked = new AtomicLong();
    try {
      new TreeWalker(root, excludes)
          .walk(
              new WalkListener() {
                @Override
                public void file(Path file, long size, FileFacts facts) {
                  progress.found(found.incrementAndGet());
                  Candidates candidates = Candidates.byName(analyzers, facts.path());
                  if (candidates.none()) {
                    // No format wants it: not read at all, and no task for the pool.
                    progress.checked(checked.incrementAndGet());
                    return;
                  }
                  inFlight.acquireUninterruptibly();
                  pool.execute(
                      () -> {
                        try {
                          checkFile(file, size, facts, candidates, tree, collector);
                        } finally {
                          inFlight.release();
                          progress.checked(checked.incrementAndGet());
                        }
                      });
                }

                @Override
                public void ignoredFile(Path file, FileFacts facts) {
                  checkPath(file, facts, facts.path(), collector);
                }

                @Override
                public void directory(Path dir, FileFacts facts) {
                  checkPath(dir, facts, facts.path() + "/", collector);
                }

                @Override
                public void skipped(String relativePath, String reason) {
                  collector.skip(reason);
                }

                @Override
                public void error(String relativePath, String message) {
                  collector.errors.add(ScanError.ofFile(relativePath, message));
                }
              });
    } finally {
      pool.shutdown();
      Pools.awaitQuietly(pool);
    }
    if (history.enabled()) {
      collector.add(
          new HistoryScanner(analyzers, options)
              .scan(root, history, ScanProgress.after(progress, found.get())));
    }
    return collector.settle(settler, found.get(), started);
  }

  /**
   * Scans one stream of text, such as standard input, recognised by its content alone.
   *
   * @throws IOException when the stream cannot be read
   */
  public ScanResult scanStream(String name, InputStream in) throws IOException {
    long started = System.nanoTime();
    Collector collector = new Collector(startRuns());
    int limit = (int) Math.min(options.maxFileSize(), Integer.MAX_VALUE - 16);
    byte[] content = in.readNBytes(limit + 1);
    collector.bytesRead.add(content.length);
    if (content.length > limit) {
      collector.errors.add(
          ScanError.ofFile(
              name,
              "not checked: the input is over the "
                  + megabytes(limit)
                  + " limit (--max-file-size)"));
      return collector.settle(settler, 1, started);
    }
    Optional<SourceText> text = FileContent.decode(name, content);
    if (text.isEmpty()) {
      collector.errors.add(ScanError.ofFile(name, "the input is binary, not text"));
    } else {
      // Standard input has no name: "-" tells which formats may read it at all (a dotenv or a
      // requirements file is known only by its name), and the content decides among those.
      Candidates byName = Candidates.byName(analyzers, "-");
      List<Analyzer<?>> readers = new ArrayList<>(byName.named());
      readers.addAll(byName.maybe());
      List<Analyzer<?>> chosen = new Candidates(List.of(), readers).forText(text.get().text());
      // Standard input has no neighbours to read.
      chosen.forEach(analyzer -> runAnalyzer(analyzer, text.get(), SourceTree.NONE, collector));
      if (!chosen.isEmpty()) {
        collector.filesChecked.increment();
      } else {
        collector.errors.add(ScanError.ofFile(name, "the input is not in a format Rampart checks"));
      }
    }
    return collector.settle(settler, 1, started);
  }

  /**
   * Runs the path-only analyzers whose recogniser names {@code name} over an entry that no other
   * format reads: a directory ({@code name} ends in {@code /}) or a git-ignored file.
   */
  private void checkPath(Path entry, FileFacts facts, String name, Collector collector) {
    runPathAnalyzers(
        entry,
        facts,
        analyzers.stream()
            .filter(a -> a.pathOnly() && a.recognizer().byName(name) == Recognizer.ByName.YES)
            .toList(),
        collector);
  }

  /** Runs {@code pathOnly} analyzers over {@code entry}, its permissions read once if any. */
  private static void runPathAnalyzers(
      Path entry, FileFacts facts, List<Analyzer<?>> pathOnly, Collector collector) {
    if (pathOnly.isEmpty()) {
      return;
    }
    FileFacts withMode = facts.withMode(FileModes.read(entry));
    for (Analyzer<?> analyzer : pathOnly) {
      List<Finding> findings = new ArrayList<>();
      List<Suppression> suppressed = new ArrayList<>();
      List<ScanError> errors = new ArrayList<>();
      collector.runs.get(analyzer).analyzePath(withMode, findings, suppressed, errors);
      collector.addAll(findings, suppressed, errors);
    }
  }

  private void checkFile(
      Path file,
      long size,
      FileFacts facts,
      Candidates candidates,
      SourceTree tree,
      Collector collector) {
    String relativePath = facts.path();
    List<Analyzer<?>> named = new ArrayList<>();
    List<Analyzer<?>> pathOnly = new ArrayList<>();
    for (Analyzer<?> analyzer : candidates.named()) {
      (analyzer.pathOnly() ? pathOnly : named).add(analyzer);
    }
    runPathAnalyzers(file, facts, pathOnly, collector);
    Candidates readers = new Candidates(named, candidates.maybe());
    if (readers.none()) {
      collector.filesChecked.increment(); // by its path alone
      return;
    }
    String formats = readers.namedFormats();
    if (size > options.maxFileSize()) {
      tooLarge(file, relativePath, size, formats, collector);
      return;
    }
    try {
      byte[] bytes = reader.read(file);
      collector.bytesRead.add(bytes.length);
      Optional<SourceText> text = FileContent.decode(relativePath, bytes);
      if (text.isEmpty()) {
        if (named.isEmpty()) {
          collector.skip("binary");
        } else {
          collector.errors.add(
              ScanError.ofFile(
                  relativePath,
                  "not checked: named like a " + formats + " but the content is binary"));
        }
        return;
      }
      List<Analyzer<?>> chosen = readers.forText(text.get().text());
      chosen.forEach(analyzer -> runAnalyzer(analyzer, text.get(), tree, collector));
      if (!chosen.isEmpty()) {
        collector.filesChecked.increment();
      }
    } catch (IOException e) {
      collector.errors.add(
          ScanError.ofFile(relativePath, "could not read: " + TreeWalker.reason(e)));
    } catch (OutOfMemoryError e) {
      collector.errors.add(
          ScanError.ofFile(relativePath, "not checked: out of memory while reading it"));
    }
  }

  /**
   * A file over the size limit is not read. When its first bytes show it is binary, that is a
   * counted skip; otherwise it is text that could not be checked (for secrets at least), which is
   * an error: it must show and count.
   */
  private void tooLarge(
      Path file, String relativePath, long size, String formats, Collector collector) {
    if (formats.isEmpty() && startsBinary(file)) {
      collector.skip("binary");
      return;
    }
    collector.errors.add(
        ScanError.ofFile(
            relativePath,
            String.format(
                "not checked: %s is %s, over the %s limit (--max-file-size)",
                formats.isEmpty() ? "the file" : formats,
                megabytes(size),
                megabytes(options.maxFileSize()))));
  }

  private static boolean startsBinary(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return FileContent.decode("", in.readNBytes(FileContent.BINARY_SNIFF_BYTES)).isEmpty();
    } catch (IOException e) {
      return false; // unreadable: reported as too large, which is true and says enough
    }
  }

  // By identity: two analyzers may share a format name, and a record's hash would walk its rules.
  private IdentityHashMap<Analyzer<?>, Analyzer<?>.Run> startRuns() {
    IdentityHashMap<Analyzer<?>, Analyzer<?>.Run> runs = new IdentityHashMap<>();
    analyzers.forEach(analyzer -> runs.put(analyzer, analyzer.start(options.enabled())));
    return runs;
  }

  private void runAnalyzer(
      Analyzer<?> analyzer, SourceText text, SourceTree tree, Collector collector) {
    List<Finding> findings = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    collector.runs.get(analyzer).analyze(text, tree, findings, suppressed, errors);
    collector.addAll(findings, suppressed, errors);
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** What the checkers produce, gathered from many threads. */
  private static final class Collector {
    /** Read-only once built, so the checker threads may share it. */
    final IdentityHashMap<Analyzer<?>, Analyzer<?>.Run> runs;

    final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Suppression> suppressed = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ScanError> errors = new ConcurrentLinkedQueue<>();
    final LongAdder filesChecked = new LongAdder();
    final LongAdder bytesRead = new LongAdder();
    final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
    HistoryStats history;

    Collector(IdentityHashMap<Analyzer<?>, Analyzer<?>.Run> runs) {
      this.runs = runs;
    }

    void addAll(List<Finding> found, List<Suppression> accepted, List<ScanError> problems) {
      findings.addAll(found);
      suppressed.addAll(accepted);
      errors.addAll(problems);
    }

    void skip(String reason) {
      skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    void add(HistoryResult result) {
      addAll(result.findings(), result.suppressed(), result.errors());
      history = result.stats();
    }

    ScanResult settle(Settler settler, long filesVisited, long startedNanos) {
      // The scan-wide rules run once every file is in.
      for (Analyzer<?>.Run run : runs.values()) {
        List<Finding> found = new ArrayList<>();
        List<Suppression> accepted = new ArrayList<>();
        List<ScanError> problems = new ArrayList<>();
        run.finish(found, accepted, problems);
        addAll(found, accepted, problems);
      }
      Map<String, Long> skips = new java.util.TreeMap<>();
      skipped.forEach((reason, count) -> skips.put(reason, count.sum()));
      ScanStats stats =
          new ScanStats(
              filesVisited,
              filesChecked.sum(),
              bytesRead.sum(),
              skips,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos),
              history);
      return settler.settle(
          List.copyOf(findings), List.copyOf(suppressed), List.copyOf(errors), stats);
    }
  }
}
