package dev.rampart.conformance;

import dev.rampart.conformance.Agreement.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores our Kubernetes rules against Polaris's own test cases: for every Polaris check that one of
 * our rules claims in its {@code aliases}, our rule must fire on exactly the fixtures Polaris
 * fails.
 */
class PolarisConformanceTest {
  private static final List<String> MUST_CLAIM =
      List.of(
          "runAsRootAllowed",
          "runAsPrivileged",
          "hostNetworkSet",
          "hostPIDSet",
          "hostIPCSet",
          // per-container securityContext and host access (RA-K8S-004..018)
          "privilegeEscalationAllowed",
          "notReadOnlyRootFilesystem",
          "insecureCapabilities",
          "dangerousCapabilities",
          "hostPortSet",
          "hostPathSet",
          "procMount",
          "hostProcess",
          // per-container workload rules (RA-K8S-020..039)
          "memoryLimitsMissing",
          "cpuLimitsMissing",
          "memoryRequestsMissing",
          "cpuRequestsMissing",
          "livenessProbeMissing",
          "readinessProbeMissing",
          "tagNotSpecified",
          "pullPolicyNotAlways",
          "automountServiceAccountToken");

  @Test
  void agreesWithPolarisOnTheChecksWeClaim() {
    Agreement.score(
            "polaris", "check_id", row -> Expectation.fires(row.get("expected").equals("fail")))
        .verify(MUST_CLAIM, 95.0);
  }
}
