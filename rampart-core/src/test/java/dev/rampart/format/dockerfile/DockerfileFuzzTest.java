package dev.rampart.format.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the Dockerfile parser and every Dockerfile rule with Jazzer. Under {@code ./mvnw verify}
 * it runs in regression mode over the seeds in {@code DockerfileFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl rampart-core test -Dtest=DockerfileFuzzTest} fuzzes for real and adds
 * any crash it finds to those seeds.
 */
class DockerfileFuzzTest {
  private static final Analyzer<?> DOCKERFILE =
      Formats.builtIn().stream().filter(a -> a.format().equals("dockerfile")).findFirst().get();

  @FuzzTest(maxDuration = "30s")
  void parserAndRulesNeverThrowAndKeepPositionsInTheFile(byte[] bytes) {
    // Decoded as the engine decodes files, so the seeds are plain Dockerfiles.
    SourceText source = FileContent.decode("Dockerfile", bytes).orElse(null);
    if (source == null) {
      return; // binary: the engine reports it before any parser sees it
    }

    Parsed<Dockerfile> parsed = new DockerfileParser().parse(source);
    int lines = source.lineCount();
    for (Instruction instruction : parsed.model().instructions()) {
      assertThat(instruction.position().line()).isBetween(1, lines);
      assertThat(instruction.endLine()).isBetween(instruction.position().line(), lines);
    }
    parsed.problems().forEach(p -> assertThat(p.line()).isBetween(1, lines));

    // The whole check path: a rule that throws is caught and becomes an error; here it must not.
    List<Finding> findings = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    DOCKERFILE.analyze(source, rule -> true, findings, new ArrayList<>(), errors);
    assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
    assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
    findings.forEach(f -> assertThat(f.line()).isBetween(1, lines));
  }
}
