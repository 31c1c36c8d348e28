package dev.rampart.conformance;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.settle.Profile;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the Pod Security Standards profiles against the admission controller's own test pods
 * ({@code pod-security/<level>/{pass,fail}/<check><n>.yaml}): run with exactly the rules of that
 * level's profile, a pod of {@code pass/} must draw no finding and a pod of {@code fail/} at least
 * one, from the rule of the check the file is named for.
 */
class PodSecurityConformanceTest {
  private static final Map<String, Profile> LEVELS =
      Map.of("baseline", Profile.PSS_BASELINE, "restricted", Profile.PSS_RESTRICTED);

  // The admission controller's check ids, and the rules that report what each forbids. Where
  // restricted replaces a baseline check, the baseline rule keeps reporting its part of it.
  private static final Map<String, Set<String>> RULES_BY_CHECK =
      Map.ofEntries(
          entry("windowshostprocess", Set.of("RA-PSS-001")),
          entry("hostnamespaces", Set.of("RA-PSS-002")),
          entry("privileged", Set.of("RA-PSS-003")),
          entry("capabilities_baseline", Set.of("RA-PSS-004")),
          entry("hostpathvolumes", Set.of("RA-PSS-005")),
          entry("hostports", Set.of("RA-PSS-006")),
          entry("hostprobesandhostlifecycle", Set.of("RA-PSS-007")),
          entry("apparmorprofile", Set.of("RA-PSS-008")),
          entry("selinuxoptions", Set.of("RA-PSS-009")),
          entry("procmount", Set.of("RA-PSS-010")),
          entry("seccompprofile_baseline", Set.of("RA-PSS-011")),
          entry("sysctls", Set.of("RA-PSS-012")),
          entry("restrictedvolumes", Set.of("RA-PSS-013", "RA-PSS-005")),
          entry("allowprivilegeescalation", Set.of("RA-PSS-014")),
          entry("runasnonroot", Set.of("RA-PSS-015")),
          entry("runasuser", Set.of("RA-PSS-016")),
          entry("seccompprofile_restricted", Set.of("RA-PSS-017", "RA-PSS-011")),
          entry("capabilities_restricted", Set.of("RA-PSS-018", "RA-PSS-004")),
          entry("procmount_restricted", Set.of("RA-PSS-019", "RA-PSS-010")));

  @Test
  void eachProfileAgreesWithTheAdmissionControllerOnEveryPod() throws IOException {
    Path corpus = Corpus.require("pod-security");
    Agreement agreement = new Agreement("pod-security");
    List<String> caughtByAnotherRule = new ArrayList<>();
    for (String level : List.of("baseline", "restricted")) {
      Engine engine =
          Formats.engine(ScanOptions.defaults().withEnabled(LEVELS.get(level).selects()));
      for (String verdict : List.of("pass", "fail")) {
        for (Path pod : Fixtures.filesUnder(corpus.resolve(level).resolve(verdict))) {
          String name = level + "/" + verdict + "/" + pod.getFileName();
          ScanResult result = engine.scan(pod, ScanProgress.NONE);
          assertThat(result.errors()).as("errors scanning " + name).isEmpty();
          String check = check(pod);
          agreement.add(
              level + " " + check, name, verdict.equals("fail"), !result.findings().isEmpty());
          if (verdict.equals("fail")
              && !result.findings().isEmpty()
              && result.findings().stream()
                  .map(Finding::ruleId)
                  .noneMatch(rules(check)::contains)) {
            caughtByAnotherRule.add(name);
          }
        }
      }
    }
    Corpus.record("pod-security", agreement.report());
    assertThat(agreement.cases()).as("pods in the corpus").isPositive();
    assertThat(agreement.rate()).as("agreement with pod-security-admission, %").isEqualTo(100.0);
    assertThat(caughtByAnotherRule).as("failing pods not reported by their check's rule").isEmpty();
  }

  /** {@code capabilities_baseline1.yaml} exercises the check {@code capabilities_baseline}. */
  private static String check(Path pod) {
    return pod.getFileName().toString().replaceFirst("\\d*\\.yaml$", "");
  }

  private static Set<String> rules(String check) {
    assertThat(RULES_BY_CHECK).as("the rules of check " + check).containsKey(check);
    return RULES_BY_CHECK.get(check);
  }
}
