package dev.rampart.rules.compose;

import dev.rampart.testing.Expectations;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole stacks in the shapes well-known open-source projects ship (written for these tests): every
 * Compose finding of each is marked, so a rule that starts or stops reporting on real-world files
 * shows here, all rules at once.
 */
class ComposeStacksTest {
  private static final Path STACKS = Path.of("src/test/resources/compose-stacks");

  @ParameterizedTest
  @ValueSource(strings = {"social", "cloud-drive", "git-forge"})
  void everyComposeFindingOfTheStackIsMarked(String stack) throws IOException {
    Path root = STACKS.resolve(stack);
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.put(root.relativize(file).toString().replace('\\', '/'), Fixtures.read(file));
      }
    }
    Expectations.assertMatches(texts, Fixtures.scan(root), id -> id.startsWith("RA-CMP-"));
  }
}
