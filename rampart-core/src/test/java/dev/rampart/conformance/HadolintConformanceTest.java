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
 * Scores our Dockerfile rules against hadolint's own test cases: for every hadolint rule that one
 * of our rules claims in its {@code aliases}, our rule must fire on exactly the fixtures hadolint
 * fails.
 */
class HadolintConformanceTest {
  private static final List<String> MUST_CLAIM =
      List.of(
          "DL3000", "DL3002", "DL3004", "DL3006", "DL3007", "DL3008", "DL3009", "DL3015", "DL3020",
          "DL3025", "DL4006");

  @Test
  void agreesWithHadolintOnTheChecksWeClaim() {
    Path corpus = Corpus.require("hadolint");
    Map<String, Set<String>> ourRulesByPeerCheck = Corpus.claimedChecks("hadolint");
    Agreement agreement = new Agreement("hadolint");
    int notApplicable = 0;
    for (Map<String, String> row : Corpus.readTsv(corpus.resolve("manifest.tsv"))) {
      Set<String> ours = ourRulesByPeerCheck.get(row.get("rule_id"));
      if (ours == null) {
        continue;
      }
      if (!row.get("config").isEmpty()) {
        // The case needs a non-default hadolint setting (labels, registries) we do not model.
        notApplicable++;
        continue;
      }
      ScanResult result = Fixtures.scan(corpus.resolve(row.get("file")));
      boolean fired = false;
      for (Finding finding : result.findings()) {
        fired |= ours.contains(finding.ruleId());
      }
      agreement.add(row.get("rule_id"), row.get("file"), row.get("expected").equals("fail"), fired);
    }
    Corpus.record(
        "hadolint",
        agreement.report()
            + "  Cases needing a non-default hadolint config, not scored: "
            + notApplicable
            + "\n");
    assertThat(ourRulesByPeerCheck.keySet()).containsAll(MUST_CLAIM);
    assertThat(agreement.rate()).as("agreement with hadolint, %").isGreaterThanOrEqualTo(95.0);
  }
}
