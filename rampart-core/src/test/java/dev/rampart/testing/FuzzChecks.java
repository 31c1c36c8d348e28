package dev.rampart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.check.Analyzer;
import dev.rampart.model.Finding;
import dev.rampart.model.Position;
import dev.rampart.model.ScanError;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;

/** What the fuzz tests of a format assert about its whole check path. */
public final class FuzzChecks {
  private FuzzChecks() {}

  /**
   * Runs {@code analyzer}'s parser and every rule over {@code source}, as a scan does, and asserts
   * that no rule threw and the parser did not crash (either would be an error of the scan), and
   * that every finding lies in the file.
   */
  public static void assertRulesRunCleanly(Analyzer<?> analyzer, SourceText source) {
    List<Finding> findings = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    Analyzer<?>.Run run = analyzer.start(rule -> true);
    run.analyze(source, findings, new ArrayList<>(), errors);
    run.finish(findings, new ArrayList<>(), errors);
    assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
    assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
    findings.forEach(f -> assertLineInside(source, Position.of(f.line(), f.column())));
  }

  /** Asserts that {@code position} is on a line of {@code source}, at a positive column. */
  public static void assertLineInside(SourceText source, Position position) {
    assertThat(position.line()).isBetween(1, source.lineCount());
    assertThat(position.column()).isPositive();
  }
}
