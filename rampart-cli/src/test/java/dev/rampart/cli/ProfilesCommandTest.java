package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code rampart profiles}, and the profiles it lists as {@code scan} and {@code rules} use them.
 */
class ProfilesCommandTest {
  private static final Path INSECURE = Path.of("..", "examples", "insecure");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, JsonNode> profiles() throws IOException {
    CliRun run = CliRun.of("profiles", "--format", "json");
    assertThat(run.exitCode()).isZero();
    Map<String, JsonNode> byName = new HashMap<>();
    JSON.readTree(run.stdout()).forEach(p -> byName.put(p.get("name").asText(), p));
    return byName;
  }

  private static Set<String> ids(JsonNode array) {
    Set<String> ids = new HashSet<>();
    array.forEach(node -> ids.add(node.isTextual() ? node.asText() : node.get("id").asText()));
    return ids;
  }

  @Test
  void jsonListsTheFiveProfilesWithTheirRuleCounts() throws IOException {
    Map<String, JsonNode> profiles = profiles();
    assertThat(profiles)
        .containsOnlyKeys("default", "guides", "pss-baseline", "pss-restricted", "cis-docker");
    JsonNode all = JSON.readTree(CliRun.of("rules", "--format", "json").stdout());
    int pss = (int) ids(all).stream().filter(id -> id.startsWith("RA-PSS-")).count();
    assertThat(profiles.get("guides").get("ruleCount").asInt()).isEqualTo(all.size());
    assertThat(profiles.get("default").get("ruleCount").asInt()).isEqualTo(all.size() - pss);
    assertThat(profiles.get("pss-restricted").get("ruleCount").asInt()).isEqualTo(pss);
    assertThat(profiles.get("pss-baseline").get("ruleCount").asInt()).isBetween(1, pss - 1);
    for (JsonNode profile : profiles.values()) {
      assertThat(profile.get("rules").size()).isEqualTo(profile.get("ruleCount").asInt());
      assertThat(profile.get("description").asText()).isNotBlank();
    }
    // rules --profile lists the same rules.
    JsonNode cisRules =
        JSON.readTree(CliRun.of("rules", "--profile", "cis-docker", "--format", "json").stdout());
    assertThat(ids(cisRules)).isEqualTo(ids(profiles.get("cis-docker").get("rules")));
  }

  @Test
  void cisDockerListsTheRecommendationsItsRulesCheck() throws IOException {
    JsonNode cis = profiles().get("cis-docker");
    Map<String, JsonNode> recommendations = new HashMap<>();
    cis.get("recommendations").forEach(r -> recommendations.put(r.get("number").asText(), r));
    assertThat(recommendations.get("5.5").get("title").asText())
        .isEqualTo("Ensure that privileged containers are not used");
    assertThat(ids(recommendations.get("5.5").get("rules"))).containsExactly("RA-CMP-003");
    assertThat(ids(recommendations.get("4.1").get("rules")))
        .containsExactlyInAnyOrder("RA-DF-001", "RA-DF-002");
    assertThat(ids(recommendations.get("4.9").get("rules"))).containsExactly("RA-DF-020");
    assertThat(recommendations.get("4.5")).as("content trust needs the host").isNull();
    assertThat(profiles().get("guides").get("recommendations")).isEmpty();

    JsonNode cisRules =
        JSON.readTree(CliRun.of("rules", "--profile", "cis-docker", "--format", "json").stdout());
    cisRules.forEach(
        rule ->
            assertThat(rule.get("aliases").toString())
                .as(rule.get("id").asText())
                .contains("cis-docker:"));
  }

  @Test
  void textNamesEachProfileAndTheCisRecommendations() {
    CliRun run = CliRun.of("profiles");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .containsPattern("(?m)^default +\\d+ rules$")
        .containsPattern("(?m)^guides +\\d+ rules$")
        .containsPattern("(?m)^pss-baseline +\\d+ rules$")
        .containsPattern("(?m)^pss-restricted +\\d+ rules$")
        .containsPattern("(?m)^cis-docker +\\d+ rules$")
        .contains("CIS Docker Benchmark v1.6.0 recommendations checked")
        .containsPattern(
            "(?m)^    5\\.5  +Ensure that privileged containers are not used \\(RA-CMP-003\\)$");
  }

  @Test
  void scanWithCisDockerReportsOnlyTheMappedRules() throws IOException {
    CliRun run =
        CliRun.of("scan", INSECURE.toString(), "--profile", "cis-docker", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = JSON.readTree(run.stdout());
    Set<String> mapped = ids(profiles().get("cis-docker").get("rules"));
    List<String> found = new ArrayList<>(report.get("findings").findValuesAsText("ruleId"));
    assertThat(found).isNotEmpty().allMatch(mapped::contains);
    assertThat(found).contains("RA-DF-001", "RA-CMP-003");
    report
        .get("findings")
        .forEach(
            finding ->
                assertThat(finding.get("aliases").toString())
                    .as(finding.get("ruleId").asText())
                    .contains("cis-docker:"));
  }
}
