package dev.rampart.format.fly;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the fly.toml parser and rules with Jazzer. Under {@code ./mvnw verify} it runs in
 * regression mode over the seeds in {@code FlyFuzzTestInputs/}; {@code JAZZER_FUZZ=1 ./mvnw -pl
 * rampart-core test -Dtest=FlyFuzzTest} fuzzes for real.
 */
class FlyFuzzTest {
  private static final Analyzer<?> FLY =
      Formats.builtIn().stream().filter(a -> a.format().equals("fly")).findFirst().get();

  @FuzzTest(maxDuration = "30s")
  void parserAndRulesNeverThrowAndKeepPositionsInTheFile(byte[] bytes) {
    SourceText source = FileContent.decode("fly.toml", bytes).orElse(null);
    if (source == null) {
      return; // binary: the engine reports it before any parser sees it
    }

    Parsed<FlyApp> parsed = new FlyParser().parse(source);
    parsed.model().httpService().ifPresent(http -> assertLineInside(source, http.at()));
    for (Service service : parsed.model().services()) {
      assertLineInside(source, service.at());
      service.ports().forEach(port -> assertLineInside(source, port.at()));
    }
    parsed.problems().forEach(p -> assertThat(p.line()).isBetween(1, source.lineCount()));

    List<Finding> findings = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    Analyzer<?>.Run run = FLY.start(rule -> true);
    run.analyze(source, findings, new ArrayList<>(), errors);
    run.finish(findings, new ArrayList<>(), errors);
    assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
    assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
    findings.forEach(f -> assertLineInside(source, Position.of(f.line(), f.column())));
  }

  private static void assertLineInside(SourceText source, Position position) {
    assertThat(position.line()).isBetween(1, source.lineCount());
    assertThat(position.column()).isPositive();
  }
}
