package dev.rampart.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.Formats;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan-wide rules keep every manifest until the end, so what they may keep is bounded. */
class ScanWideBudgetTest {
  private static final Analyzer<?> KUBERNETES =
      Formats.builtIn().stream().filter(a -> a.format().equals("kubernetes")).findFirst().get();

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                image: registry.example.com/web:1.4.2
      """;

  private final List<Finding> findings = new ArrayList<>();
  private final List<ScanError> errors = new ArrayList<>();

  private void scan(long budgetChars) {
    Analyzer<?>.Run run = KUBERNETES.start(rule -> true, budgetChars);
    run.analyze(new SourceText("a/deploy.yaml", DEPLOYMENT), findings, new ArrayList<>(), errors);
    run.analyze(new SourceText("b/deploy.yaml", DEPLOYMENT), findings, new ArrayList<>(), errors);
    run.finish(findings, new ArrayList<>(), errors);
  }

  @Test
  void withinTheBudgetTheScanWideRulesRun() {
    scan(10L * DEPLOYMENT.length());

    assertThat(errors).isEmpty();
    assertThat(findings).extracting(Finding::ruleId).contains("RA-K8S-042", "RA-K8S-001");
  }

  @Test
  void pastTheBudgetTheyDoNotRunAndTheScanSaysSoWhileThePerFileRulesStillDo() {
    scan(DEPLOYMENT.length() + 10);

    assertThat(findings).extracting(Finding::ruleId).doesNotContain("RA-K8S-042", "RA-K8S-040");
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("RA-K8S-001"))
        .extracting(Finding::path)
        .containsExactlyInAnyOrder("a/deploy.yaml", "b/deploy.yaml");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message())
        .startsWith("the scan-wide kubernetes rules (RA-K8S-040, ")
        .contains("did not run", "scan each application's folder on its own", "-Xmx2g");
  }
}
