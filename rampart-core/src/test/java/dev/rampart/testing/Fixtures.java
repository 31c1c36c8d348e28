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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Scans fixtures with the real engine, as a user would. */
public final class Fixtures {
  /**
   * The rule fixtures: {@code fixtures/<format>/<RULE-ID>/<name>}, where a name is one file, or a
   * folder whose files are scanned together as one tree (for the rules that read several files).
   */
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

  /**
   * One fixture of a rule: a file scanned alone, or a folder scanned as one tree.
   *
   * @param ruleId the rule whose folder holds it
   */
  public record Case(String ruleId, Path path) {
    public boolean isTree() {
      return Files.isDirectory(path);
    }

    /** For example {@code kubernetes/RA-K8S-040/sa-in-other-file}. */
    public String name() {
      return ROOT.relativize(path).toString();
    }

    /** The text of each file, by its path relative to the scanned root, sorted. */
    public Map<String, String> texts() {
      Map<String, String> texts = new TreeMap<>();
      if (!isTree()) {
        texts.put(path.getFileName().toString(), read(path));
        return texts;
      }
      for (Path file : filesUnder(path)) {
        texts.put(path.relativize(file).toString().replace('\\', '/'), read(file));
      }
      return texts;
    }
  }

  /** Every fixture of every rule, in order: each entry of each {@code <format>/<RULE-ID>/}. */
  public static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path format : entries(ROOT)) {
      for (Path rule : entries(format)) {
        for (Path entry : entries(rule)) {
          cases.add(new Case(rule.getFileName().toString(), entry));
        }
      }
    }
    return cases;
  }

  private static List<Path> entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
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
