package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode rendered() throws IOException {
    return MAPPER.readTree(Fixtures.render(new JsonRenderer(), Fixtures.result()));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void topLevelKeysAreTheContractsInOrder() throws IOException {
    JsonNode root = rendered();

    assertThat(fields(root))
        .containsExactly(
            "tool", "findings", "suppressed", "baselined", "summary", "errors", "stats");
    assertThat(root.path("tool").path("name").asText()).isEqualTo("rampart");
    assertThat(root.path("tool").path("version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void findingHasEveryContractFieldInOrder() throws IOException {
    JsonNode findings = rendered().path("findings");

    assertThat(findings).hasSize(4);
    JsonNode first = findings.get(0);
    assertThat(fields(first))
        .containsExactly(
            "ruleId",
            "title",
            "severity",
            "controls",
            "aliases",
            "path",
            "line",
            "column",
            "object",
            "message",
            "remediation",
            "fingerprint");
    assertThat(first.path("ruleId").asText()).isEqualTo("RA-DF-001");
    assertThat(first.path("title").asText()).isEqualTo("Containers run as a non-root user");
    assertThat(first.path("severity").asText()).isEqualTo("high");
    assertThat(first.path("controls").toString()).isEqualTo("[\"container.non-root\"]");
    assertThat(first.path("aliases").toString()).isEqualTo("[\"hadolint:DL3002\",\"trivy:DS002\"]");
    assertThat(first.path("path").asText()).isEqualTo("Dockerfile");
    assertThat(first.path("line").isInt()).isTrue();
    assertThat(first.path("line").asInt()).isEqualTo(5);
    assertThat(first.path("column").asInt()).isEqualTo(1);
    assertThat(first.path("object").asText()).isEqualTo("stage runtime (FROM alpine:3.20)");
    assertThat(first.path("message").asText()).isEqualTo("the last stage runs as root");
    assertThat(first.path("remediation").asText()).startsWith("Add a `USER` instruction");
    assertThat(first.path("fingerprint").asText()).isEqualTo("fp-dockerfile");
    assertThat(findings.get(1).path("severity").asText()).isEqualTo("critical");
    assertThat(findings.get(1).path("object").asText()).isEmpty();
    assertThat(findings.get(1).path("message").asText()).contains("Zürich");
  }

  @Test
  void suppressedSummaryErrorsAndStats() throws IOException {
    JsonNode root = rendered();

    JsonNode suppressed = root.path("suppressed").get(0);
    assertThat(fields(suppressed)).containsExactly("ruleId", "path", "line", "reason", "until");
    assertThat(suppressed.path("ruleId").asText()).isEqualTo("RA-GIT-001");
    assertThat(suppressed.path("line").asInt()).isEqualTo(3);
    assertThat(suppressed.path("reason").asText()).isEqualTo("template only");
    assertThat(suppressed.path("until").asText()).isEqualTo("2027-01-31");

    assertThat(root.path("summary").toString())
        .isEqualTo("{\"critical\":1,\"high\":1,\"medium\":2,\"low\":0,\"info\":0}");

    JsonNode errors = root.path("errors");
    assertThat(fields(errors.get(0))).containsExactly("path", "message");
    assertThat(errors.get(0).path("path").asText()).isEqualTo("broken.yaml");
    assertThat(fields(errors.get(1))).containsExactly("path", "line", "message");
    assertThat(errors.get(1).path("line").asInt()).isEqualTo(4);

    JsonNode stats = root.path("stats");
    assertThat(fields(stats))
        .containsExactly("filesVisited", "filesChecked", "bytesRead", "skipped", "millis");
    assertThat(stats.path("filesChecked").asLong()).isEqualTo(14);
    assertThat(stats.path("skipped").toString()).isEqualTo("{\"binary\":2,\"too large\":1}");
  }

  @Test
  void isPrettyPrintedWithATrailingNewline() throws IOException {
    String json = Fixtures.render(new JsonRenderer(), Fixtures.result());

    assertThat(json).startsWith("{\n  \"tool\": {\n    \"name\": \"rampart\",");
    assertThat(json).contains("\n      \"controls\": [\n        \"container.non-root\"\n      ],");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void cleanScanHasEmptyArraysAndZeroSummary() throws IOException {
    String json = Fixtures.render(new JsonRenderer(), Fixtures.clean());

    assertThat(json).contains("\"findings\": [],").contains("\"suppressed\": [],");
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.path("errors")).isEmpty();
    assertThat(root.path("summary").path("critical").asInt()).isZero();
  }

  @Test
  void suppressionWithoutExpiryHasNullUntil() throws IOException {
    ScanResult result = Fixtures.result();
    ScanResult open =
        new ScanResult(
            result.toolVersion(),
            result.findings(),
            List.of(new Suppression("RA-GIT-001", ".gitignore", 3, "ok", "")),
            result.summary(),
            result.errors(),
            result.stats());

    JsonNode suppressed =
        MAPPER.readTree(Fixtures.render(new JsonRenderer(), open)).path("suppressed").get(0);

    assertThat(suppressed.has("until")).isTrue();
    assertThat(suppressed.path("until").isNull()).isTrue();
  }

  @Test
  void historyFindingsCarryTheirCommitAndStatsTheHistoryRead() throws IOException {
    JsonNode root = MAPPER.readTree(Fixtures.render(new JsonRenderer(), Fixtures.history()));

    JsonNode history = root.path("findings").get(0);
    assertThat(history.path("commit").path("id").asText()).isEqualTo(Fixtures.COMMIT.id());
    assertThat(history.path("commit").path("date").asText()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(history.path("controls").get(0).asText()).isEqualTo("secrets.not-in-history");
    // Tree findings have no commit key at all.
    assertThat(root.path("findings").get(1).has("commit")).isFalse();
    JsonNode stats = root.path("stats").path("history");
    assertThat(stats.path("refs").asText()).isEqualTo("HEAD");
    assertThat(stats.path("commits").asLong()).isEqualTo(12);
    assertThat(stats.path("blobs").asLong()).isEqualTo(30);
    assertThat(stats.path("blobsChecked").asLong()).isEqualTo(28);
    assertThat(stats.path("bytesRead").asLong()).isEqualTo(4096);
    assertThat(stats.path("skipped").path("binary").asLong()).isEqualTo(2);
    assertThat(stats.path("shallow").asBoolean()).isFalse();
  }

  @Test
  void aScanWithoutHistoryHasNoHistoryStats() throws IOException {
    assertThat(rendered().path("stats").has("history")).isFalse();
  }
}
