package dev.rampart.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rampart.check.Check;
import dev.rampart.check.ControlCatalog;
import dev.rampart.check.Rule;
import dev.rampart.model.RuleInfo;
import dev.rampart.testing.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule catalog is complete and consistent: what the docs and reports are built from. */
class RuleCatalogTest {
  private final List<RuleInfo> rules = Fixtures.engine().rules();

  @Test
  void everyRuleClassIsRegistered() {
    Set<String> annotated =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rampart.rules")
                .stream()
                .filter(c -> c.isAssignableTo(Check.class) && c.isAnnotatedWith(Rule.class))
                .map(JavaClass::reflect)
                .map(c -> c.getAnnotation(Rule.class).id())
                .collect(Collectors.toSet());
    assertThat(rules.stream().map(RuleInfo::id).collect(Collectors.toSet()))
        .as("rules registered in the format's rule list")
        .isEqualTo(annotated);
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (RuleInfo rule : rules) {
      assertThat(seen.add(rule.id())).as("unique id " + rule.id()).isTrue();
      assertThat(rule.id()).matches("RA-[A-Z][A-Z0-9]{1,3}-\\d{3}");
    }
  }

  @Test
  void everyRuleNamesKnownControlsAndWellFormedAliases() {
    ControlCatalog controls = ControlCatalog.builtIn();
    for (RuleInfo rule : rules) {
      assertThat(rule.controls()).as(rule.id() + " controls").isNotEmpty();
      for (String control : rule.controls()) {
        assertThat(controls.find(control)).as(rule.id() + " names control " + control).isPresent();
      }
      for (String alias : rule.aliases()) {
        assertThat(alias)
            .as(rule.id() + " alias")
            .matches(
                "(hadolint|polaris|kube-score|kubesec|kube-linter|trivy|checkov|gitleaks|cis-docker):\\S+");
      }
      assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
      assertThat(rule.rationale()).as(rule.id() + " rationale").isNotBlank();
      assertThat(rule.remediation()).as(rule.id() + " remediation").isNotBlank();
    }
  }
}
