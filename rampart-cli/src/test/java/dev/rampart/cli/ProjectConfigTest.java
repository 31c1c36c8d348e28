package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .rampart.yaml}, {@code --config} and {@code rampart init}, as a user runs them. */
class ProjectConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // RA-DF-001 (high), RA-DF-003 (low), RA-DF-006 (low).
  private static final String ROOT_IMAGE = "FROM alpine:3.20\nUSER root\n";

  @TempDir Path repo;

  @BeforeEach
  void insecureDockerfile() throws IOException {
    Files.writeString(repo.resolve("Dockerfile"), ROOT_IMAGE);
  }

  private void config(String text) throws IOException {
    Files.writeString(repo.resolve(".rampart.yaml"), text);
  }

  private CliRun scan(String... options) {
    List<String> args = new ArrayList<>(List.of("scan", repo.toString(), "--no-progress"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static List<String> ruleIds(CliRun run) throws IOException {
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.stdout()).path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
    return ids;
  }

  @Test
  void disabledRulesReportNothing() throws IOException {
    config("version: 1\nrules:\n  disable: [RA-DF-001]\n");

    CliRun run = scan("--format", "json");

    assertThat(ruleIds(run)).containsExactlyInAnyOrder("RA-DF-003", "RA-DF-006");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aSeverityOverrideShowsInTheReportAndDecidesTheExitCode() throws IOException {
    config("version: 1\nrules:\n  severity:\n    RA-DF-001: low\n    RA-DF-003: critical\n");

    CliRun json = scan("--format", "json");
    JsonNode report = JSON.readTree(json.stdout());

    assertThat(report.path("findings"))
        .filteredOn(f -> f.path("ruleId").asText().equals("RA-DF-003"))
        .extracting(f -> f.path("severity").asText())
        .containsExactly("critical");
    assertThat(report.path("summary").path("critical").asInt()).isEqualTo(1);
    assertThat(report.path("summary").path("high").asInt()).isZero();
    assertThat(json.exitCode()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(scan("--format", "sarif").stdout());
    assertThat(sarif.path("runs").path(0).path("results"))
        .filteredOn(r -> r.path("ruleId").asText().equals("RA-DF-003"))
        .extracting(r -> r.path("level").asText())
        .containsExactly("error");

    config("version: 1\nrules:\n  severity:\n    RA-DF-001: low\n");
    assertThat(scan().exitCode()).isZero();
  }

  @Test
  void failOnAndProfileComeFromTheConfigUnlessGivenOnTheCommandLine() throws IOException {
    config("version: 1\nfail-on: critical\n");
    assertThat(scan().exitCode()).isZero();
    assertThat(scan("--fail-on", "high").exitCode()).isEqualTo(1);

    config("version: 1\nprofile: pss-restricted\n");
    assertThat(ruleIds(scan("--format", "json"))).isEmpty();
    assertThat(ruleIds(scan("--format", "json", "--profile", "default"))).contains("RA-DF-001");
  }

  @Test
  void excludedFilesAreNotReadAndAreCounted() throws IOException {
    Path vendor = Files.createDirectories(repo.resolve("vendor/lib"));
    Files.writeString(vendor.resolve("Dockerfile"), ROOT_IMAGE);
    Files.writeString(vendor.resolve("other.Dockerfile"), ROOT_IMAGE);
    Files.writeString(repo.resolve("Dockerfile.test"), ROOT_IMAGE);
    config("version: 1\nexclude:\n  - vendor/\n  - \"*.test\"\n");

    JsonNode report = JSON.readTree(scan("--format", "json").stdout());

    assertThat(report.path("findings"))
        .extracting(f -> f.path("path").asText())
        .containsOnly("Dockerfile");
    assertThat(report.path("stats").path("skipped").path("excluded by .rampart.yaml").asInt())
        .isEqualTo(3);
  }

  @Test
  void aBadConfigIsAUsageErrorNamingItsLineAndKey() throws IOException {
    config("version: 1\nrules:\n  disable: [RA-DF-999]\n");

    CliRun run = scan();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr())
        .contains(".rampart.yaml:3: rules.disable: unknown rule RA-DF-999")
        .startsWith("rampart: invalid config: ");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void configNamesAnotherFileAndAMissingOneIsAUsageError() throws IOException {
    Path other = repo.resolve("ci.yaml");
    Files.writeString(other, "version: 1\nrules:\n  disable: [RA-DF-001, RA-DF-003, RA-DF-006]\n");
    config("version: 1\nrules:\n  disable: [RA-DF-006]\n");

    assertThat(ruleIds(scan("--format", "json", "--config", other.toString()))).isEmpty();
    CliRun missing = scan("--config", repo.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).contains("no such config file");
  }

  @Test
  void baselineCreateAppliesTheConfigToo() throws IOException {
    config("version: 1\nrules:\n  disable: [RA-DF-001]\n");

    CliRun create = CliRun.of("baseline", "create", repo.toString(), "--no-progress");

    assertThat(create.exitCode()).isZero();
    assertThat(Files.readString(repo.resolve(".rampart/baseline.json")))
        .doesNotContain("RA-DF-001")
        .contains("RA-DF-003");
  }

  @Test
  void initWritesAStarterThatLoadsCleanlyAndRefusesToOverwrite()
      throws IOException, dev.rampart.settle.config.ConfigException {
    CliRun init = CliRun.of("init", repo.toString());

    assertThat(init.exitCode()).isZero();
    Path written = repo.resolve(".rampart.yaml");
    assertThat(Files.readString(written)).startsWith("# Rampart").contains("version: 1");
    assertThat(ScanSelection.loader().read(written, "starter"))
        .satisfies(c -> assertThat(c.failOn()).isPresent());
    assertThat(scan().exitCode()).isEqualTo(1);

    Files.writeString(written, "version: 1\n");
    CliRun again = CliRun.of("init", repo.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("exists already");
    assertThat(Files.readString(written)).isEqualTo("version: 1\n");
    assertThat(CliRun.of("init", repo.toString(), "--force").exitCode()).isZero();
    assertThat(Files.readString(written)).startsWith("# Rampart");
  }

  @Test
  void anExcludedFileIsNotReadAsAnotherFilesNeighbourEither() throws IOException {
    Files.delete(repo.resolve("Dockerfile"));
    Files.writeString(
        repo.resolve("compose.yaml"),
        "services:\n  web:\n    extends:\n      file: vendor/base.yaml\n      service: base\n");
    Files.createDirectories(repo.resolve("vendor"));
    Files.writeString(repo.resolve("vendor/base.yaml"), "services:\n  base:\n    image: x:1\n");
    config("version: 1\nexclude: [vendor/]\n");

    JsonNode report = JSON.readTree(scan("--format", "json").stdout());

    assertThat(report.path("errors").toString()).contains("excluded by .rampart.yaml");
  }
}
