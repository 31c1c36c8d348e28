package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.ScanResult;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.Renderer;
import dev.rampart.report.SarifRenderer;
import dev.rampart.report.TextRenderer;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scans every fixture and both examples, renders each report format, and proves that no secret
 * value the detector can find in those files appears in any of them.
 */
class NoSecretLeaksTest {
  private static final List<Path> TREES = List.of(Fixtures.ROOT, Path.of("..", "examples"));

  @Test
  void noSecretValueReachesAnyReport() throws IOException {
    Set<String> secrets = new LinkedHashSet<>();
    for (Path tree : TREES) {
      for (Path file : Fixtures.filesUnder(tree)) {
        secrets.addAll(SecretRules.detector().valuesIn(Fixtures.read(file)));
      }
    }
    assertThat(secrets).as("the fixtures hold secrets to look for").hasSizeGreaterThan(5);

    Map<String, Renderer> renderers =
        Map.of(
            "text",
            new TextRenderer(false),
            "colour text",
            new TextRenderer(true),
            "json",
            new JsonRenderer(),
            "sarif",
            new SarifRenderer());
    for (Path tree : TREES) {
      ScanResult result = Fixtures.scan(tree);
      assertThat(result.findings()).isNotEmpty();
      for (Map.Entry<String, Renderer> renderer : renderers.entrySet()) {
        StringWriter out = new StringWriter();
        renderer.getValue().render(result, Fixtures.engine().rules(), out);
        String report = out.toString();
        for (String secret : secrets) {
          // The assertion message names the report, never the value.
          assertThat(report.contains(secret))
              .as(
                  "the %s report of %s shows a secret (%s) in clear",
                  renderer.getKey(), tree, Redaction.redact(secret))
              .isFalse();
        }
      }
    }
  }
}
