package dev.rampart.conformance;

import dev.rampart.conformance.Agreement.Expectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores our Kubernetes rules against kubesec's own unit tests: for every kubesec rule that one of
 * our rules claims in its {@code aliases} ({@code kubesec:<RuleID>}), our rule must fire on exactly
 * the {@code fail} cases. For a negative-point rule (privileged, hostPID) {@code fail} means the
 * predicate matched; for a positive-point hardening rule (readOnlyRootFilesystem, limits) it means
 * the hardening is missing. Either way it is what our rule reports.
 *
 * <p>The {@code overall-score} rows come from kubesec's command-line tests, which assert the sign
 * of a whole file's score: that is no one check's verdict, so they are not scored.
 */
class KubesecConformanceTest {
  private static final List<String> MUST_CLAIM =
      List.of(
          "Privileged",
          "HostNetwork",
          "HostPID",
          "HostIPC",
          "AllowPrivilegeEscalation",
          "CapSysAdmin",
          "DockerSock",
          "ProcMount",
          "SeccompUnconfined",
          "ApparmorUnconfined");

  private static final String OVERALL = "overall-score";

  @Test
  void agreesWithKubesecOnTheChecksWeClaim() {
    Agreement.score("kubesec", "rule_id", KubesecConformanceTest::expectation)
        .verify(MUST_CLAIM, 90.0);
  }

  private static Expectation expectation(Map<String, String> row) {
    if (row.get("rule_id").equals(OVERALL)) {
      return Expectation.notScored(
          "overall-score rows (kubesec's bats tests) grade a whole file's score sign, no check");
    }
    return Expectation.fires(row.get("expected").equals("fail"));
  }
}
