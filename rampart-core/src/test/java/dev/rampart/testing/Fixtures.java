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
   * <p>A folder may hold a {@link FixtureSetup#FILE} that describes what static files cannot carry
   * (git state, file modes); such a fixture is copied to a temporary directory, set up as it says,
   * and scanned there, without the manifest. In it, a file named {@code _gitignore} becomes {@code
   * .gitignore}, so that the fixture's ignore rules do not apply to Rampart's own repository.
   *
   * @param ruleId the rule whose folder holds it
   */
  public record Case(String ruleId, Path path) {
    public boolean isTree() {
      return Files.isDirectory(path);
    }

    /** The fixture's setup, when it is a folder that has one. */
    public java.util.Optional<FixtureSetup> setup() {
      Path manifest = path.resolve(FixtureSetup.FILE);
      return isTree() && Files.isRegularFile(manifest)
          ? java.util.Optional.of(FixtureSetup.read(manifest))
          : java.util.Optional.empty();
    }

    /**
     * The findings the fixture expects, by path and line: its files' {@code expect:} markers and
     * the {@code expect:} entries of its setup (for entries that cannot hold a comment).
     */
    public java.util.Set<Expectations.Located> expected() {
      java.util.Set<Expectations.Located> expected =
          new java.util.TreeSet<>(Expectations.markers(texts()));
      setup().ifPresent(setup -> expected.addAll(setup.expected()));
      return expected;
    }

    /** Scans the fixture as a user would: in place, or set up in a temporary copy. */
    public ScanResult scan() {
      java.util.Optional<FixtureSetup> setup = setup();
      if (setup.isEmpty()) {
        return Fixtures.scan(path);
      }
      try {
        Path copy = Files.createTempDirectory("rampart-fixture-");
        try {
          setup.get().apply(path, copy);
          return Fixtures.scan(copy);
        } finally {
          FixtureSetup.delete(copy);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
        String relative = path.relativize(file).toString().replace('\\', '/');
        if (!relative.equals(FixtureSetup.FILE)) {
          texts.put(FixtureSetup.scannedName(relative), read(file));
        }
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
