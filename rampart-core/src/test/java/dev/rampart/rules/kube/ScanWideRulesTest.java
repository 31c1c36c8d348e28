package dev.rampart.rules.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan-wide Kubernetes rules see the objects of every file of a scan, and report in the file
 * where the problem is, whichever file holds what decides it.
 */
class ScanWideRulesTest {
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      spec:
        template:
          metadata:
            labels:
              app: web
          spec:
            serviceAccountName: web
            containers:
              - name: web
                image: registry.example.com/web:1.4.2
      """;

  @TempDir Path root;

  @Test
  void aServiceAccountInAnotherFileDecidesAndTheFindingIsInThePodsFile() throws IOException {
    write("apps/web.yaml", DEPLOYMENT);
    write("accounts/web.yaml", serviceAccount("true"));
    assertThat(findings("RA-K8S-040")).containsExactly("apps/web.yaml:1");

    write("accounts/web.yaml", serviceAccount("false"));
    assertThat(findings("RA-K8S-040")).isEmpty();
  }

  @Test
  void aNetworkPolicyInAnotherFileIsolatesTheWorkload() throws IOException {
    write("apps/web.yaml", DEPLOYMENT);
    assertThat(findings("RA-K8S-042")).containsExactly("apps/web.yaml:1");

    write(
        "policies/default-deny.yaml",
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: shop
        spec:
          podSelector: {}
        """);
    assertThat(findings("RA-K8S-042")).isEmpty();
  }

  private static String serviceAccount(String automount) {
    return """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: web
          namespace: shop
        automountServiceAccountToken: %s
        """
        .formatted(automount);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> findings(String ruleId) {
    return Fixtures.scan(root).findings().stream()
        .filter(finding -> finding.ruleId().equals(ruleId))
        .map(finding -> finding.path() + ":" + finding.line())
        .toList();
  }
}
