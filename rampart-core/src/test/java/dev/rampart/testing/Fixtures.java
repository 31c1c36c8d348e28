package dev.rampart.testing;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.model.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Scans fixtures with the real engine, as a user would. */
public final class Fixtures {
  /** The rule fixtures: {@code fixtures/<format>/<RULE-ID>/<name>}. */
  public static final Path ROOT = Path.of("src/test/resources/fixtures");

  // Every rule, the profile-only ones too: each fixture is judged by its own rule's findings.
  private static final Engine ENGINE =
      Formats.engine(ScanOptions.defaults().withEnabled(rule -> true));

  private Fixtures() {}

  public static Engine engine() {
    return ENGINE;
  }

  public static ScanResult scan(Path fileOrDirectory) {
    try {
      return ENGINE.scan(fileOrDirectory, ScanProgress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fixture file below {@code dir}, sorted. */
  public static List<Path> filesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
