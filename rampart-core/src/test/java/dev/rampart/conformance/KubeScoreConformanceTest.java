package dev.rampart.conformance;

import dev.rampart.conformance.Agreement.Expectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores our Kubernetes rules against kube-score's own test cases: for every kube-score check that
 * one of our rules claims in its {@code aliases} ({@code kube-score:<check-id>}), our rule must
 * fire on exactly the cases kube-score grades {@code warning} or {@code critical}, and stay silent
 * on the {@code ok} ones.
 *
 * <ul>
 *   <li>{@code skipped} cases are not scored: kube-score did not run the check there (an ignore
 *       annotation, an optional check left off, an object the check does not apply to), so the case
 *       says nothing about the input.
 *   <li>Settings that switch checks on ({@code EnabledOptionalTests}, the optional-checks
 *       annotation) are scored as the row says, since our rules are always on; so are the ignore
 *       annotations, which our rules do not read, whatever the case expects.
 *   <li>Settings that tune a check away from kube-score's defaults (another minimum of replicas, a
 *       limit it need not have, another Kubernetes version) are not scored: our rules have no such
 *       setting, and the same file is graded both ways.
 * </ul>
 */
class KubeScoreConformanceTest {
  private static final List<String> MUST_CLAIM =
      List.of(
          "container-security-context-privileged",
          "container-security-context-readonlyrootfilesystem",
          "container-resources",
          "container-image-tag");

  /** kube-score's defaults for the settings that tune a check. */
  private static final Map<String, String> DEFAULTS =
      Map.of(
          "KubernetesVersion", "1.18",
          "MinReplicasDeployment", "2",
          "MinReplicasHPA", "2",
          "IgnoreContainerCpuLimitRequirement", "false",
          "IgnoreContainerMemoryLimitRequirement", "false");

  @Test
  void agreesWithKubeScoreOnTheChecksWeClaim() {
    Agreement.score("kube-score", "check_id", KubeScoreConformanceTest::expectation)
        .verify(MUST_CLAIM, 90.0);
  }

  private static Expectation expectation(Map<String, String> row) {
    String expected = row.get("expected");
    if (expected.equals("skipped")) {
      return Expectation.notScored("kube-score skipped the check, so the case grades nothing");
    }
    for (String setting : row.get("conditions").split(";", -1)) {
      int eq = setting.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = setting.substring(0, eq);
      String value = setting.substring(eq + 1);
      if (DEFAULTS.containsKey(name) && !DEFAULTS.get(name).equals(value)) {
        return Expectation.notScored(
            "a non-default kube-score setting tunes the check (" + name + "), ours have none");
      }
    }
    return Expectation.fires(expected.equals("warning") || expected.equals("critical"));
  }
}
