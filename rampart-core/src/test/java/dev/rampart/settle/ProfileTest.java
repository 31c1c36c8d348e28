package dev.rampart.settle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.RuleInfo;
import dev.rampart.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private final List<RuleInfo> rules = Fixtures.engine().rules();

  private Set<String> ids(Profile profile) {
    return rules.stream().filter(profile.selects()).map(RuleInfo::id).collect(Collectors.toSet());
  }

  @Test
  void everyProfileHasAName() {
    assertThat(Profile.all())
        .extracting(Profile::name)
        .containsExactly("default", "guides", "pss-baseline", "pss-restricted", "cis-docker");
    assertThat(Profile.named("cis-docker")).contains(Profile.CIS_DOCKER);
    assertThat(Profile.named("cis")).isEmpty();
  }

  @Test
  void guidesIsTheDefaultRulesAndTheRestrictedPodSecurityStandard() {
    Set<String> guides = ids(Profile.GUIDES);
    assertThat(guides).containsAll(ids(Profile.DEFAULT)).containsAll(ids(Profile.PSS_RESTRICTED));
    assertThat(guides).hasSize(rules.size());
    assertThat(guides).contains("RA-DF-001", "RA-SEC-036", "RA-K8S-045");
  }

  @Test
  void cisDockerSelectsTheMappedDockerfileAndComposeRules() {
    Set<String> cis = ids(Profile.CIS_DOCKER);
    assertThat(cis)
        .contains("RA-DF-001", "RA-DF-003", "RA-DF-020", "RA-CMP-003", "RA-CMP-004", "RA-CMP-012")
        .doesNotContain("RA-DF-004", "RA-CMP-011", "RA-K8S-045", "RA-SEC-036");
    assertThat(cis).allMatch(id -> id.startsWith("RA-DF-") || id.startsWith("RA-CMP-"));
    assertThat(ids(Profile.DEFAULT)).containsAll(cis);
  }

  @Test
  void aRuleIsInCisDockerExactlyWhenItNamesARecommendationTheTableTitles() {
    for (RuleInfo rule : rules) {
      List<String> numbers = CisDocker.numbers(rule);
      assertThat(rule.profiles().contains("cis-docker"))
          .as(rule.id() + " is in cis-docker when it has cis-docker: aliases")
          .isEqualTo(!numbers.isEmpty());
      for (String number : numbers) {
        assertThat(CisDocker.recommendation(number)).as(rule.id() + " names " + number).isPresent();
      }
    }
  }

  @Test
  void theRecommendationsCoveredComeInTheBenchmarksOrder() {
    List<String> covered =
        CisDocker.covered(rules.stream().filter(Profile.CIS_DOCKER.selects()).toList()).stream()
            .map(CisDocker.Recommendation::number)
            .toList();
    assertThat(covered).startsWith("4.1", "4.3", "4.6").endsWith("5.29", "5.31", "5.32");
    assertThat(covered).contains("5.5", "5.10", "5.13", "5.26");
    assertThat(CisDocker.recommendation("5.5").orElseThrow().title())
        .isEqualTo("Ensure that privileged containers are not used");
  }
}
