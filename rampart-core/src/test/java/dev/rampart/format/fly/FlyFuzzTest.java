package dev.rampart.format.fly;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.testing.FuzzChecks;

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
    parsed.model().httpService().ifPresent(http -> FuzzChecks.assertLineInside(source, http.at()));
    for (Service service : parsed.model().services()) {
      FuzzChecks.assertLineInside(source, service.at());
      service.ports().forEach(port -> FuzzChecks.assertLineInside(source, port.at()));
    }
    parsed.problems().forEach(p -> assertThat(p.line()).isBetween(1, source.lineCount()));

    FuzzChecks.assertRulesRunCleanly(FLY, source);
  }
}
