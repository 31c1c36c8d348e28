package dev.rampart.format.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.discover.FileContent;
import dev.rampart.format.kube.KubeRecognizer;
import dev.rampart.parse.SourceText;
import java.util.List;

/**
 * Fuzzes the template sniffing and the Helm front end with Jazzer, in regression mode over the
 * seeds in {@code HelmFuzzTestInputs/} under {@code ./mvnw verify} ({@code JAZZER_FUZZ=1} fuzzes
 * for real, as for {@code KubeFuzzTest}).
 */
class HelmFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void sniffingAndChartsNeverThrow(byte[] bytes) {
    SourceText template = FileContent.decode("templates/x.yaml", bytes).orElse(null);
    if (template == null) {
      return;
    }
    boolean isTemplate = KubeRecognizer.looksLikeTemplate(template.text());
    // A manifest is either read as one or reported as a template, never both.
    assertThat(new KubeRecognizer().byContent(template.text()) && isTemplate).isFalse();
    assertThat(new HelmRecognizer().byContent(template.text())).isEqualTo(isTemplate);

    HelmParser parser = new HelmParser();
    HelmFile asChart = parser.parse(new SourceText("Chart.yaml", template.text())).model();
    assertThat(asChart).isNotNull();
    SourceText chart = new SourceText("Chart.yaml", "apiVersion: v2\nname: web\n");
    List<ParsedFile<HelmFile>> files =
        List.of(
            new ParsedFile<>(chart, parser.parse(chart).model()),
            new ParsedFile<>(template, parser.parse(template).model()));
    // Inside the chart at the root, a template is never reported on its own.
    assertThat(new Unrendered().of(new ParsedFiles<>(files)))
        .noneMatch(error -> error.path().equals(template.path()));
  }
}
