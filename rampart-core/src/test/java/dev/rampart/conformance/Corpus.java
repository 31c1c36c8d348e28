package dev.rampart.conformance;

import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The peer tools' fixtures in {@code shared/conformance/}, beside the repository. They are read in
 * place and never copied (some are GPL). When the folder is absent, conformance tests say so and
 * are skipped; the rest of the suite stands alone.
 */
final class Corpus {
  private Corpus() {}

  /** The folder of one peer's corpus, or an aborted (skipped) test that says where it looked. */
  static Path require(String peer) {
    Optional<Path> dir = locate().map(root -> root.resolve(peer)).filter(Files::isDirectory);
    if (dir.isEmpty()) {
      String message =
          "SKIPPED: conformance corpus for "
              + peer
              + " not found (looked for ../shared/conformance beside the repository, or"
              + " $RAMPART_CONFORMANCE)";
      System.out.println(message);
      Assumptions.abort(message);
    }
    return dir.get();
  }

  private static Optional<Path> locate() {
    String override = System.getenv("RAMPART_CONFORMANCE");
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("mvnw"))) {
        return Optional.of(dir.resolveSibling("shared").resolve("conformance"));
      }
    }
    return Optional.empty();
  }

  /** Our rules by the check of {@code peer} they claim in their {@code aliases}. */
  static Map<String, Set<String>> claimedChecks(String peer) {
    String prefix = peer + ":";
    Map<String, Set<String>> ours = new HashMap<>();
    for (RuleInfo rule : Fixtures.engine().rules()) {
      for (String alias : rule.aliases()) {
        if (alias.startsWith(prefix)) {
          ours.computeIfAbsent(alias.substring(prefix.length()), k -> new HashSet<>())
              .add(rule.id());
        }
      }
    }
    return ours;
  }

  /**
   * Scans one case with every rule: a file of the corpus, or several joined with {@code +}, which
   * the peer loads together. Those are copied side by side into a temporary folder, scanned as one
   * tree (so scan-wide rules see all of them), and the folder is removed.
   */
  static ScanResult scanCase(Path corpus, String files) {
    if (!files.contains("+")) {
      return Fixtures.scan(corpus.resolve(files));
    }
    try {
      Path together = Files.createTempDirectory("rampart-case");
      try {
        int i = 0;
        for (String file : files.split("\\+", -1)) {
          Path source = corpus.resolve(file);
          // Numbered, so that two files of the same name in different folders both stay.
          Files.copy(source, together.resolve(i++ + "-" + source.getFileName()));
        }
        return Fixtures.scan(together);
      } finally {
        try (Stream<Path> paths = Files.walk(together)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a TSV manifest (header row, tab-separated, no quoting) into one map per row. */
  static List<Map<String, String>> readTsv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? cells[i] : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a score report to {@code target/conformance/<name>.txt} (CI prints these) and stdout.
   */
  static void record(String name, String report) {
    System.out.println(report);
    try {
      Path dir = Path.of("target", "conformance");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name.toLowerCase(Locale.ROOT) + ".txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
