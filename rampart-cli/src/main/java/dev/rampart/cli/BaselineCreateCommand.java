package dev.rampart.cli;

import dev.rampart.model.ScanResult;
import dev.rampart.settle.Baseline;
import dev.rampart.settle.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rampart baseline create [PATH]}: accepts every finding a scan reports today. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Scans PATH as `rampart scan` does and writes every finding to a baseline file, so that"
          + " `rampart scan --baseline FILE` reports only new ones.",
      "Exit codes: 0 written; 2 usage error or a failure that prevented the scan."
    })
final class BaselineCreateCommand implements Callable<Integer> {

  @Mixin ScanSelection selection;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the baseline to FILE (default: PATH/.rampart/baseline.json)")
  Path output;

  PrintStream stdout = System.out;
  PrintStream stderr = System.err;
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    ScanResult result;
    try {
      result = selection.scan(stdin, stderr).result();
    } catch (ScanSelection.UsageException e) {
      stderr.println("rampart: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    if (!result.errors().isEmpty()) {
      stderr.println(
          "rampart: warning: "
              + count(result.errors().size(), "error")
              + " kept files from being checked; what they would report is not in the baseline"
              + " (run `rampart scan` to see them)");
    }
    Path file = output != null ? output : defaultFile();
    Baseline.of(result, Instant.now()).write(file);
    stdout.println(
        "Wrote a baseline of " + count(result.findings().size(), "finding") + " to " + file + ".");
    return ExitCode.CLEAN;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Path defaultFile() {
    if (selection.standardInput()) {
      return Baseline.DEFAULT_PATH;
    }
    Path root = Path.of(selection.path);
    Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    return dir.resolve(Baseline.DEFAULT_PATH).normalize();
  }
}
