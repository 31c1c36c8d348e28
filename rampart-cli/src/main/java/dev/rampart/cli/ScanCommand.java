package dev.rampart.cli;

import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import dev.rampart.report.JUnitRenderer;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.MarkdownRenderer;
import dev.rampart.report.Renderer;
import dev.rampart.report.SarifRenderer;
import dev.rampart.report.TextRenderer;
import dev.rampart.settle.Baseline;
import dev.rampart.settle.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin ScanSelection selection;

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

  // No picocli default: .rampart.yaml's `fail-on:` applies when the option is not given.
  @Option(
      names = "--fail-on",
      converter = SeverityConverter.class,
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding is at or above SEVERITY (default: the config's fail-on, else"
              + " high)")
  Severity failOn;

  @Option(
      names = "--allow-errors",
      description = "Exit 0 even when some files could not be checked (they are still reported)")
  boolean allowErrors;

  @Option(names = "--no-color", description = "Never colour the text report")
  boolean noColor;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings not in this baseline (written by `rampart baseline create`)")
  Path baseline;

  PrintStream stdout = System.out;
  PrintStream stderr = System.err;
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    Optional<Baseline> accepted;
    ScanSelection.Scanned scanned;
    try {
      accepted = readBaseline();
      scanned = selection.scan(stdin, stderr);
    } catch (ScanSelection.UsageException e) {
      stderr.println("rampart: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    ScanResult result = scanned.result();
    if (accepted.isPresent()) {
      int unmatched = accepted.get().unmatched(result);
      if (unmatched > 0) {
        stderr.println(
            "rampart: "
                + unmatched
                + " of the baseline's "
                + accepted.get().entries().size()
                + " findings are no longer found (fixed or changed); `rampart baseline create`"
                + " drops them");
      }
      result = accepted.get().apply(result);
    }
    ScanResult finalResult = result;
    Output.write(
        output,
        stdout,
        out -> renderer(scanned.ran()).render(finalResult, scanned.engine().rules(), out));
    Severity threshold = failOn != null ? failOn : scanned.config().failOn().orElse(Severity.HIGH);
    return ExitCode.of(result, threshold, allowErrors);
  }

  /**
   * The baseline to apply, if any. A missing or unreadable file is a usage error; a file that is
   * not a baseline this version can apply is a warning, and the scan reports every finding.
   */
  private Optional<Baseline> readBaseline() throws ScanSelection.UsageException {
    if (baseline == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(baseline)) {
      throw new ScanSelection.UsageException("no such baseline file: " + baseline);
    }
    try {
      return Optional.of(Baseline.read(baseline));
    } catch (IOException e) {
      throw new ScanSelection.UsageException(
          "cannot read baseline " + baseline + ": " + e.getMessage());
    } catch (Baseline.UnusableException e) {
      stderr.println(
          "rampart: warning: baseline "
              + baseline
              + " "
              + e.getMessage()
              + "; it was NOT applied, every finding is reported");
      return Optional.empty();
    }
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
