package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode run() throws IOException {
    JsonNode root = MAPPER.readTree(Fixtures.render(new SarifRenderer(), Fixtures.result()));
    assertThat(root.path("runs")).hasSize(1);
    return root.path("runs").get(0);
  }

  @Test
  void declaresSarif210() throws IOException {
    String sarif = Fixtures.render(new SarifRenderer(), Fixtures.result());
    JsonNode root = MAPPER.readTree(sarif);

    assertThat(root.path("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif).endsWith("}\n");
    JsonNode driver = root.path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("rampart");
    assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void describesEveryCatalogRuleInCatalogOrder() throws IOException {
    JsonNode rules = run().path("tool").path("driver").path("rules");

    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactly("RA-SEC-001", "RA-DF-001", "RA-K8S-010", "RA-GIT-001");

    JsonNode nonRoot = rules.get(1);
    assertThat(nonRoot.path("name").asText()).isEqualTo("ContainersRunAsANonRootUser");
    assertThat(nonRoot.path("shortDescription").path("text").asText())
        .isEqualTo("Containers run as a non-root user");
    assertThat(nonRoot.path("fullDescription").path("text").asText())
        .isEqualTo(Fixtures.NON_ROOT.rationale());
    assertThat(nonRoot.path("help").path("text").asText())
        .contains(Fixtures.NON_ROOT.rationale())
        .contains("Remediation: " + Fixtures.NON_ROOT.remediation())
        .contains("container.non-root")
        .contains("hadolint:DL3002")
        .contains("https://docs.docker.com/build/building/best-practices/#user");
    assertThat(nonRoot.path("help").path("markdown").asText())
        .contains("`hadolint:DL3002`")
        .contains("<https://docs.docker.com/build/building/best-practices/#user>");
    assertThat(nonRoot.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    JsonNode properties = nonRoot.path("properties");
    assertThat(properties.path("security-severity").isTextual()).isTrue();
    assertThat(properties.path("security-severity").asText()).isEqualTo("8.0");
    assertThat(properties.path("tags").toString())
        .isEqualTo("[\"security\",\"container.non-root\"]");
    assertThat(properties.path("precision").asText()).isEqualTo("high");

    assertThat(rules.get(0).path("properties").path("security-severity").asText()).isEqualTo("9.5");
    assertThat(rules.get(2).path("defaultConfiguration").path("level").asText())
        .isEqualTo("warning");
    assertThat(rules.get(3).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
  }

  @Test
  void levelsFollowSeverity() {
    assertThat(SarifRenderer.level(Severity.CRITICAL)).isEqualTo("error");
    assertThat(SarifRenderer.level(Severity.HIGH)).isEqualTo("error");
    assertThat(SarifRenderer.level(Severity.MEDIUM)).isEqualTo("warning");
    assertThat(SarifRenderer.level(Severity.LOW)).isEqualTo("note");
    assertThat(SarifRenderer.level(Severity.INFO)).isEqualTo("note");
  }

  @Test
  void findingsBecomeResultsPointingAtTheirRule() throws IOException {
    JsonNode run = run();
    JsonNode rules = run.path("tool").path("driver").path("rules");
    JsonNode results = run.path("results");

    assertThat(results).hasSize(5);
    for (JsonNode result : results) {
      int index = result.path("ruleIndex").asInt();
      assertThat(rules.get(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }

    JsonNode token = results.get(2);
    assertThat(token.path("ruleId").asText()).isEqualTo("RA-K8S-010");
    assertThat(token.path("level").asText()).isEqualTo("warning");
    assertThat(token.path("message").path("text").asText())
        .isEqualTo("automountServiceAccountToken is not false");
    JsonNode physical = token.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("deploy/web.yaml");
    assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(physical.path("region").toString())
        .isEqualTo("{\"startLine\":12,\"startColumn\":7}");
    assertThat(token.path("partialFingerprints").toString())
        .isEqualTo("{\"rampart/v1\":\"fp-token-1\"}");
    assertThat(token.path("properties").path("object").asText())
        .isEqualTo("Deployment/web (container app)");
    assertThat(token.path("properties").path("controls")).hasSize(2);
    assertThat(token.has("suppressions")).isFalse();
  }

  @Test
  void pathsAreEncodedAsUris() throws IOException {
    JsonNode secret = run().path("results").get(1);

    assertThat(
            secret
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("config/my%20app.env");
    assertThat(secret.path("properties").has("object")).isFalse();
    assertThat(SarifRenderer.uri("a/ü #1.yaml")).isEqualTo("a/%C3%BC%20%231.yaml");
  }

  @Test
  void suppressionsAreResultsWithAnExternalSuppression() throws IOException {
    JsonNode suppressed = run().path("results").get(4);

    assertThat(suppressed.path("ruleId").asText()).isEqualTo("RA-GIT-001");
    assertThat(suppressed.path("ruleIndex").asInt()).isEqualTo(3);
    assertThat(suppressed.path("level").asText()).isEqualTo("note");
    assertThat(suppressed.path("message").path("text").asText())
        .isEqualTo("Suppressed: template only");
    assertThat(
            suppressed.path("locations").get(0).path("physicalLocation").path("region").toString())
        .isEqualTo("{\"startLine\":3}");
    JsonNode suppression = suppressed.path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("external");
    assertThat(suppression.path("justification").asText()).isEqualTo("template only");
    assertThat(suppression.path("properties").path("until").asText()).isEqualTo("2027-01-31");
  }

  @Test
  void scanErrorsAreToolExecutionNotifications() throws IOException {
    JsonNode invocation = run().path("invocations").get(0);

    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    JsonNode notifications = invocation.path("toolExecutionNotifications");
    assertThat(notifications).hasSize(2);
    JsonNode whole = notifications.get(0);
    assertThat(whole.path("level").asText()).isEqualTo("error");
    assertThat(whole.path("message").path("text").asText())
        .isEqualTo("could not parse: unexpected end of stream");
    JsonNode wholeLocation = whole.path("locations").get(0).path("physicalLocation");
    assertThat(wholeLocation.path("artifactLocation").path("uri").asText())
        .isEqualTo("broken.yaml");
    assertThat(wholeLocation.has("region")).isFalse();
    assertThat(
            notifications
                .get(1)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region")
                .path("startLine")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void cleanScanSucceedsWithNoResults() throws IOException {
    JsonNode run =
        MAPPER.readTree(Fixtures.render(new SarifRenderer(), Fixtures.clean())).path("runs").get(0);

    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.path("invocations").get(0).path("toolExecutionNotifications")).isEmpty();
    assertThat(run.path("results")).isEmpty();
    assertThat(run.path("tool").path("driver").path("rules")).hasSize(4);
  }

  @Test
  void ruleMissingFromTheCatalogIsDescribedFromItsFinding() throws IOException {
    RuleInfo extra =
        new RuleInfo(
            "RA-X-001",
            "Something else",
            Severity.LOW,
            List.of("x.y"),
            List.of(),
            "any",
            "",
            "Do the other thing.",
            List.of());
    Finding finding = Fixtures.finding(extra, "x.txt", 1, 1, "", "found it", "fp-x");
    ScanResult result = Fixtures.of(List.of(finding));
    StringWriter out = new StringWriter();
    new SarifRenderer().render(result, List.of(Fixtures.NON_ROOT), out);

    JsonNode run = MAPPER.readTree(out.toString()).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules).hasSize(2);
    assertThat(rules.get(1).path("id").asText()).isEqualTo("RA-X-001");
    assertThat(rules.get(1).path("properties").path("security-severity").asText()).isEqualTo("3.0");
    assertThat(run.path("results").get(0).path("ruleIndex").asInt()).isEqualTo(1);
  }

  @Test
  void historyResultsCarryTheirCommitAndTheirOwnFingerprint() throws IOException {
    JsonNode results =
        MAPPER
            .readTree(Fixtures.render(new SarifRenderer(), Fixtures.history()))
            .path("runs")
            .get(0)
            .path("results");

    JsonNode history = results.get(0);
    assertThat(history.path("properties").path("commit").path("id").asText())
        .isEqualTo(Fixtures.COMMIT.id());
    assertThat(history.path("properties").path("commit").path("date").asText())
        .isEqualTo(Fixtures.COMMIT.date());
    assertThat(history.path("partialFingerprints").path(SarifRenderer.FINGERPRINT_KEY).asText())
        .isEqualTo("fp-history");
    assertThat(results.get(1).path("properties").has("commit")).isFalse();
  }

  /** The parts of the SARIF 2.1.0 schema that GitHub rejects an upload for. */
  @Test
  void hasTheRequiredSarifProperties() throws IOException {
    JsonNode run = run();

    assertThat(run.path("tool").path("driver").path("name").isTextual()).isTrue();
    for (JsonNode result : run.path("results")) {
      assertThat(result.path("message").path("text").asText()).isNotBlank();
      assertThat(result.path("level").asText()).isIn("none", "note", "warning", "error");
      for (JsonNode location : result.path("locations")) {
        JsonNode region = location.path("physicalLocation").path("region");
        if (!region.isMissingNode()) {
          assertThat(region.path("startLine").asInt()).isPositive();
        }
      }
    }
    for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
      assertThat(rule.path("id").asText()).isNotBlank();
      double score = Double.parseDouble(rule.path("properties").path("security-severity").asText());
      assertThat(score).isBetween(0.0, 10.0);
    }
  }
}
