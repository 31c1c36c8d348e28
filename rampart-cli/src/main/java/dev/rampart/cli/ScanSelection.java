package dev.rampart.cli;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.history.HistoryOptions;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.settle.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to scan and which rules to run: the options that decide the findings, shared by {@code scan}
 * and {@code baseline create} so that a baseline is made of the findings a scan reports.
 */
final class ScanSelection {

  /** A usage error found before or while starting the scan; its message is for the user. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** A scan's settled result and the engine that ran it (whose rules a report describes). */
  record Scanned(Engine engine, ScanResult result, Predicate<RuleInfo> enabled) {
    /** The rules that ran: those the profile and {@code --only} selected. */
    List<RuleInfo> ran() {
      return engine.rules().stream().filter(enabled).toList();
    }
  }

  @Parameters(
      index = "0",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Directory or file to scan, or - for standard input (default: .)")
  String path;

  @Option(names = "--no-progress", description = "Never show a progress bar")
  boolean noProgress;

  @Option(
      names = "--max-file-size",
      defaultValue = "10m",
      converter = SizeConverter.class,
      paramLabel = "SIZE",
      description = "Do not read files larger than SIZE (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Run only the rules of these formats, such as secrets or dockerfile (default: all)")
  Set<String> only;

  @Option(
      names = "--profile",
      defaultValue = "default",
      converter = ProfileConverter.class,
      paramLabel = "NAME",
      description =
          "Run the rules of this profile: default, guides, pss-baseline, pss-restricted or"
              + " cis-docker (see `rampart profiles`; default: ${DEFAULT-VALUE})")
  Profile profile;

  @Option(
      names = "--history",
      description =
          "Also check every blob introduced by every commit reachable from HEAD for secrets (PATH"
              + " must be inside a git work tree)")
  boolean history;

  @Option(
      names = "--all-refs",
      description =
          "With --history, walk every branch, tag and remote-tracking branch (implies"
              + " --history)")
  boolean allRefs;

  /** True when PATH is standard input. */
  boolean standardInput() {
    return path.equals("-");
  }

  /** Runs the scan, showing progress on {@code stderr} when it is a terminal. */
  Scanned scan(InputStream stdin, PrintStream stderr) throws IOException, UsageException {
    Predicate<RuleInfo> enabled = profile.selects();
    if (only != null && !only.isEmpty()) {
      enabled = enabled.and(rule -> only.contains(rule.format()));
    }
    ScanOptions options = ScanOptions.defaults().withMaxFileSize(maxFileSize).withEnabled(enabled);
    Engine engine = Formats.engine(options);
    if (only != null) {
      Set<String> known = new TreeSet<>();
      Formats.builtIn().forEach(analyzer -> known.add(analyzer.format()));
      if (!known.containsAll(only)) {
        throw new UsageException("--only takes formats among " + String.join(", ", known));
      }
    }
    if (standardInput()) {
      if (history || allRefs) {
        throw new UsageException("--history needs a directory inside a git work tree, not -");
      }
      return new Scanned(engine, engine.scanStream("-", stdin), enabled);
    }
    Path root = Path.of(path);
    if (!Files.exists(root)) {
      throw new UsageException("no such file or directory: " + path);
    }
    if (ProgressReporter.wanted(noProgress)) {
      try (ProgressReporter progress = new ProgressReporter(stderr)) {
        return new Scanned(engine, engine.scan(root, progress, historyOptions()), enabled);
      }
    }
    return new Scanned(engine, engine.scan(root, ScanProgress.NONE, historyOptions()), enabled);
  }

  private HistoryOptions historyOptions() {
    if (allRefs) {
      return HistoryOptions.ALL_REFS;
    }
    return history ? HistoryOptions.HEAD : HistoryOptions.NONE;
  }
}
