package dev.rampart.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.report.RuleCatalogRenderer;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata; this fails when it is stale. To
 * regenerate: {@code ./mvnw -pl rampart-core test -Dtest=RuleReferenceDocTest
 * -Drampart.regenerateDocs=true} (or {@code ./rampart rules --format markdown -o docs/rules.md}).
 */
class RuleReferenceDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdMatchesTheRuleMetadata() throws IOException {
    StringWriter generated = new StringWriter();
    RuleCatalogRenderer.markdown(Fixtures.engine().rules(), generated);
    if (Boolean.getBoolean("rampart.regenerateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated.toString());
    }
    assertThat(DOC).as("docs/rules.md exists").exists();
    assertThat(Files.readString(DOC))
        .as(
            "docs/rules.md is stale: regenerate it with ./rampart rules --format markdown -o docs/rules.md")
        .isEqualTo(generated.toString());
  }
}
