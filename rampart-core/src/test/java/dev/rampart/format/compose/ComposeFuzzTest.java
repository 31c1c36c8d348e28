package dev.rampart.format.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.model.Finding;
import dev.rampart.model.Position;
import dev.rampart.model.ScanError;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the Compose front end (interpolation, extends, include, both syntaxes of every setting)
 * and every Compose rule with Jazzer. The input is also the {@code .env}, every other file an
 * {@code extends} or {@code include} names and every Dockerfile a build reads, so those paths are
 * fuzzed too. Under {@code ./mvnw verify} it runs over the seeds in {@code ComposeFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl rampart-core test -Dtest=ComposeFuzzTest} fuzzes for real.
 */
class ComposeFuzzTest {
  private static final Analyzer<?> COMPOSE =
      Formats.builtIn().stream().filter(a -> a.format().equals("compose")).findFirst().get();

  @FuzzTest(maxDuration = "30s")
  void parsersAndRulesNeverThrowAndKeepPositionsInTheFile(byte[] bytes) {
    SourceText source = FileContent.decode("compose.yaml", bytes).orElse(null);
    if (source == null) {
      return;
    }
    SourceTree tree = path -> new SourceTree.Found(new SourceText(path, source.text()));

    Parsed<ComposeFile> parsed = new ComposeParser().parse(source, tree);
    for (Service service : parsed.model().services()) {
      assertInside(source, service.position());
      service.ports().forEach(port -> assertInside(source, port.at()));
      service.mounts().forEach(mount -> assertInside(source, mount.at()));
      service.environment().forEach(var -> assertInside(source, var.at()));
      service.healthcheckDisabled();
      service.secrets();
      service.loggingDriver();
    }
    parsed.problems().forEach(p -> assertThat(p.line()).isBetween(0, source.lineCount()));

    List<Finding> findings = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    Analyzer<?>.Run run = COMPOSE.start(rule -> true);
    run.analyze(source, tree, findings, new ArrayList<>(), errors);
    run.finish(findings, new ArrayList<>(), errors);
    assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
    assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
    findings.forEach(f -> assertInside(source, Position.of(f.line(), f.column())));
  }

  private static void assertInside(SourceText source, Position position) {
    assertThat(position.line()).isBetween(1, source.lineCount());
    assertThat(position.column()).isBetween(1, source.line(position.line()).length() + 1);
  }
}
