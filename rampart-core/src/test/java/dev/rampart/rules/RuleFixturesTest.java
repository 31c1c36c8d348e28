package dev.rampart.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.RuleInfo;
import dev.rampart.testing.Expectations;
import dev.rampart.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture: {@code fixtures/<format>/<RULE-ID>/*} is scanned with all rules, and the
 * findings of that rule must be exactly the fixture's {@code # expect:} markers.
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureGetsExactlyItsMarkedFindings() {
    return Fixtures.filesUnder(Fixtures.ROOT).stream()
        .map(
            file -> {
              String ruleId = file.getParent().getFileName().toString();
              String name = Fixtures.ROOT.relativize(file).toString();
              return DynamicTest.dynamicTest(
                  name,
                  () ->
                      Expectations.assertMatches(
                          Fixtures.read(file), Fixtures.scan(file), ruleId::equals));
            });
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() {
    List<RuleInfo> rules = Fixtures.engine().rules();
    assertThat(rules).isNotEmpty();
    for (RuleInfo rule : rules) {
      Path dir = Fixtures.ROOT.resolve(rule.format()).resolve(rule.id());
      assertThat(dir).as("fixture folder of " + rule.id()).isDirectory();
      List<Path> files = Fixtures.filesUnder(dir);
      assertThat(files)
          .as(rule.id() + " has a failing fixture (one with an expect: marker for it)")
          .anyMatch(f -> marks(f, rule.id()));
      assertThat(files)
          .as(rule.id() + " has a passing fixture (one without a marker for it)")
          .anyMatch(f -> !marks(f, rule.id()) && !Expectations.expectsError(Fixtures.read(f)));
    }
  }

  @Test
  void everyFixtureFolderNamesARule() {
    List<String> ids = Fixtures.engine().rules().stream().map(RuleInfo::id).toList();
    for (Path file : Fixtures.filesUnder(Fixtures.ROOT)) {
      if (Files.isRegularFile(file)) {
        assertThat(ids)
            .as("rule of fixture " + file)
            .contains(file.getParent().getFileName().toString());
      }
    }
  }

  private static boolean marks(Path fixture, String ruleId) {
    return Expectations.markers(Fixtures.read(fixture)).stream()
        .anyMatch(e -> e.ruleId().equals(ruleId));
  }
}
