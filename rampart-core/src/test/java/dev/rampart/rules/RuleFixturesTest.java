package dev.rampart.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.RuleInfo;
import dev.rampart.testing.Expectations;
import dev.rampart.testing.Fixtures;
import dev.rampart.testing.Fixtures.Case;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture: {@code fixtures/<format>/<RULE-ID>/*} is scanned with all rules, and the
 * findings of that rule must be exactly the fixture's {@code # expect:} markers. A fixture that is
 * a folder is scanned as one tree, for the rules that read several files at once, and its findings
 * must match the markers of all its files, path by path. A folder with a {@code fixture-setup.yaml}
 * is scanned in a temporary copy given the git state and file modes it describes (see {@link
 * dev.rampart.testing.FixtureSetup}).
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureGetsExactlyItsMarkedFindings() {
    return Fixtures.cases().stream()
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    fixture.name(),
                    () -> {
                      if (fixture.isTree()) {
                        Expectations.assertMatches(
                            fixture.expected(),
                            fixture.texts().values().stream().anyMatch(Expectations::expectsError),
                            fixture.scan(),
                            fixture.ruleId()::equals);
                      } else {
                        Expectations.assertMatches(
                            Fixtures.read(fixture.path()),
                            Fixtures.scan(fixture.path()),
                            fixture.ruleId()::equals);
                      }
                    }));
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() {
    List<RuleInfo> rules = Fixtures.engine().rules();
    assertThat(rules).isNotEmpty();
    List<Case> cases = Fixtures.cases();
    for (RuleInfo rule : rules) {
      Path dir = Fixtures.ROOT.resolve(rule.format()).resolve(rule.id());
      assertThat(dir).as("fixture folder of " + rule.id()).isDirectory();
      List<Case> own = cases.stream().filter(c -> c.path().getParent().equals(dir)).toList();
      assertThat(own)
          .as(rule.id() + " has a failing fixture (one with an expect: marker for it)")
          .anyMatch(c -> marks(c, rule.id()));
      assertThat(own)
          .as(rule.id() + " has a passing fixture (one without a marker for it)")
          .anyMatch(
              c ->
                  !marks(c, rule.id())
                      && c.texts().values().stream().noneMatch(Expectations::expectsError));
    }
  }

  @Test
  void everyFixtureFolderNamesARule() {
    List<String> ids = Fixtures.engine().rules().stream().map(RuleInfo::id).toList();
    for (Path file : Fixtures.filesUnder(Fixtures.ROOT)) {
      Path relative = Fixtures.ROOT.relativize(file);
      assertThat(relative.getNameCount())
          .as("fixture " + file + " lies in fixtures/<format>/<RULE-ID>/")
          .isGreaterThanOrEqualTo(3);
      assertThat(ids).as("rule of fixture " + file).contains(relative.getName(1).toString());
    }
  }

  private static boolean marks(Case fixture, String ruleId) {
    return fixture.expected().stream().anyMatch(e -> e.ruleId().equals(ruleId));
  }
}
