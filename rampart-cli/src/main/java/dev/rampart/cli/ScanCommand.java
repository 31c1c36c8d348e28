package dev.rampart.cli;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.history.HistoryOptions;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import dev.rampart.report.JUnitRenderer;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.MarkdownRenderer;
import dev.rampart.report.Renderer;
import dev.rampart.report.SarifRenderer;
import dev.rampart.report.TextRenderer;
import dev.rampart.settle.ExitCode;
import dev.rampart.settle.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart scan [PATH]}: audits a directory, a file, or standard input. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Audits a directory (or one file, or - for standard input) and reports what is missing.",
      "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it, or files that could"
          + " not be checked; 2 usage error or a failure that prevented the scan."
    })
final class ScanCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    sarif,
    junit,
    markdown
  }

  @Parameters(
      index = "0",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Directory or file to scan, or - for standard input (default: .)")
  String path;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output")
  Path output;

  @Option(
      names = "--fail-on",
      defaultValue = "high",
      converter = SeverityConverter.class,
      paramLabel = "SEVERITY",
      description = "Exit 1 when a finding is at or above SEVERITY (default: ${DEFAULT-VALUE})")
  Severity failOn;

  @Option(
      names = "--allow-errors",
      description = "Exit 0 even when some files could not be checked (they are still reported)")
  boolean allowErrors;

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
          "Run the rules of this profile: default, pss-baseline or pss-restricted (see `rampart"
              + " rules --profile NAME`; default: ${DEFAULT-VALUE})")
  Profile profile;

  @Option(names = "--no-color", description = "Never colour the text report")
  boolean noColor;

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

  PrintStream stdout = System.out;
  PrintStream stderr = System.err;
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
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
        stderr.println("rampart: --only takes formats among " + String.join(", ", known));
        return ExitCode.FAILURE;
      }
    }
    ScanResult result;
    if (path.equals("-")) {
      if (history || allRefs) {
        stderr.println("rampart: --history needs a directory inside a git work tree, not -");
        return ExitCode.FAILURE;
      }
      result = engine.scanStream("-", stdin);
    } else {
      Path root = Path.of(path);
      if (!Files.exists(root)) {
        stderr.println("rampart: no such file or directory: " + path);
        return ExitCode.FAILURE;
      }
      if (ProgressReporter.wanted(noProgress)) {
        try (ProgressReporter progress = new ProgressReporter(stderr)) {
          result = engine.scan(root, progress, historyOptions());
        }
      } else {
        result = engine.scan(root, ScanProgress.NONE, historyOptions());
      }
    }
    ScanResult finalResult = result;
    List<RuleInfo> ran = engine.rules().stream().filter(enabled).toList();
    Output.write(output, stdout, out -> renderer(ran).render(finalResult, engine.rules(), out));
    return ExitCode.of(result, failOn, allowErrors);
  }

  private HistoryOptions historyOptions() {
    if (allRefs) {
      return HistoryOptions.ALL_REFS;
    }
    return history ? HistoryOptions.HEAD : HistoryOptions.NONE;
  }

  /**
   * The renderer of {@code --format}.
   *
   * @param ran the rules this scan ran, which JUnit lists as passing when they found nothing
   */
  private Renderer renderer(List<RuleInfo> ran) {
    return switch (format) {
      case json -> new JsonRenderer();
      case sarif -> new SarifRenderer();
      case junit -> new JUnitRenderer(ran);
      case markdown -> new MarkdownRenderer();
      case text -> new TextRenderer(colour());
    };
  }

  private boolean colour() {
    return !noColor
        && output == null
        && Terminal.isInteractive()
        && System.getenv("NO_COLOR") == null;
  }
}
