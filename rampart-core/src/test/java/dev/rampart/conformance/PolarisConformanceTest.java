package dev.rampart.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          "automountServiceAccountToken");

  @Test
  void agreesWithPolarisOnTheChecksWeClaim() {
    Path corpus = Corpus.require("polaris");
    Map<String, Set<String>> ourRulesByPeerCheck = Corpus.claimedChecks("polaris");
    Agreement agreement = new Agreement("polaris");
    for (Map<String, String> row : Corpus.readTsv(corpus.resolve("manifest.tsv"))) {
      Set<String> ours = ourRulesByPeerCheck.get(row.get("check_id"));
      if (ours == null) {
        continue;
      }
      ScanResult result = Fixtures.scan(corpus.resolve(row.get("file")));
      boolean fired = false;
      for (Finding finding : result.findings()) {
        fired |= ours.contains(finding.ruleId());
      }
      agreement.add(
          row.get("check_id"), row.get("file"), row.get("expected").equals("fail"), fired);
    }
    Corpus.record("polaris", agreement.report());
    assertThat(ourRulesByPeerCheck.keySet()).containsAll(MUST_CLAIM);
    assertThat(agreement.rate()).as("agreement with Polaris, %").isGreaterThanOrEqualTo(95.0);
  }
}
