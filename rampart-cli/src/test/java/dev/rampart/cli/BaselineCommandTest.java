package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart baseline create} and {@code rampart scan --baseline}, as a user runs them. */
class BaselineCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROOT_IMAGE = "FROM alpine:3.20\nUSER root\n";

  @TempDir Path repo;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void insecureDockerfile() throws IOException {
    Files.writeString(repo.resolve("Dockerfile"), ROOT_IMAGE);
  }

  private Path defaultBaseline() {
    return repo.resolve(".rampart/baseline.json");
  }

  private CliRun scanWithBaseline(Path baseline, String format) {
    return run(
        "scan",
        repo.toString(),
        "--no-progress",
        "--baseline",
        baseline.toString(),
        "--format",
        format);
  }

  private CliRun scanWithBaseline(Path baseline) {
    return scanWithBaseline(baseline, "json");
  }

  @Test
  void createWritesTheDefaultFileUnderPath() throws IOException {
    CliRun create = run("baseline", "create", repo.toString(), "--no-progress");

    assertThat(create.exitCode()).isZero();
    assertThat(create.stdout()).contains("baseline of 3 findings").contains(".rampart");
    JsonNode baseline = JSON.readTree(defaultBaseline().toFile());
    assertThat(baseline.path("version").asInt()).isEqualTo(1);
    assertThat(baseline.path("tool").asText()).startsWith("rampart ");
    assertThat(baseline.path("findings")).isNotEmpty();
  }

  @Test
  void createWritesToOutputAndTakesTheScanOptions() throws IOException {
    Path file = repo.resolve("elsewhere/accepted.json");

    CliRun create =
        run(
            "baseline",
            "create",
            repo.toString(),
            "--only",
            "secrets",
            "--output",
            file.toString());

    assertThat(create.exitCode()).isZero();
    assertThat(JSON.readTree(file.toFile()).path("findings")).isEmpty();
    assertThat(run("baseline", "create", repo.toString(), "--only", "nope").exitCode())
        .isEqualTo(2);
  }

  @Test
  void scanWithABaselineFollowsOnlyNewFindings() throws IOException {
    run("baseline", "create", repo.toString(), "--no-progress");

    CliRun clean = scanWithBaseline(defaultBaseline());
    assertThat(clean.exitCode()).isZero();
    JsonNode report = JSON.readTree(clean.stdout());
    assertThat(report.path("findings")).isEmpty();
    assertThat(report.path("baselined").asInt()).isEqualTo(3);

    Files.createDirectories(repo.resolve("api"));
    Files.writeString(repo.resolve("api/Dockerfile"), "# new service\n" + ROOT_IMAGE);
    CliRun fresh = scanWithBaseline(defaultBaseline());
    assertThat(fresh.exitCode()).isEqualTo(1);
    JsonNode findings = JSON.readTree(fresh.stdout()).path("findings");
    assertThat(findings)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("path").asText()).isEqualTo("api/Dockerfile"));

    CliRun text = scanWithBaseline(defaultBaseline(), "text");
    assertThat(text.stdout()).contains("; 3 findings baselined.");
    assertThat(text.stderr()).doesNotContain("no longer found");

    Files.writeString(repo.resolve("Dockerfile"), "FROM alpine:3.20\nUSER 10001\n");
    CliRun fixed = scanWithBaseline(defaultBaseline(), "text");
    assertThat(fixed.stderr()).contains("1 of the baseline's 3 findings are no longer found");
  }

  @Test
  void sarifCountsTheBaselinedFindings() throws IOException {
    run("baseline", "create", repo.toString(), "--no-progress");

    CliRun sarif = scanWithBaseline(defaultBaseline(), "sarif");

    JsonNode invocation = JSON.readTree(sarif.stdout()).at("/runs/0/invocations/0");
    assertThat(invocation.at("/properties/baselined").asInt()).isEqualTo(3);
    assertThat(JSON.readTree(sarif.stdout()).at("/runs/0/results").isArray()).isTrue();
    assertThat(JSON.readTree(sarif.stdout()).at("/runs/0/results")).isEmpty();
  }

  @Test
  void createWarnsWhenFilesCouldNotBeChecked() throws IOException {
    Files.createDirectories(repo.resolve("broken"));
    Files.writeString(repo.resolve("broken/Dockerfile"), "FORM alpine:3.20\n");

    CliRun create = run("baseline", "create", repo.toString(), "--no-progress");

    assertThat(create.exitCode()).isZero();
    assertThat(create.stderr()).contains("warning: 1 error kept files from being checked");
  }

  @Test
  void aMissingBaselineIsAUsageError() {
    Path missing = repo.resolve("no-such.json");

    CliRun run = scanWithBaseline(missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("no such baseline file").contains("no-such.json");
  }

  @Test
  void aCorruptedBaselineIsNotAppliedAndSaysSo() throws IOException {
    run("baseline", "create", repo.toString(), "--no-progress");
    String good = Files.readString(defaultBaseline());
    Files.writeString(defaultBaseline(), good.substring(0, good.length() / 2));

    CliRun run = scanWithBaseline(defaultBaseline());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr())
        .contains("warning: baseline")
        .contains("not valid JSON")
        .contains("NOT applied");
    assertThat(JSON.readTree(run.stdout()).path("findings")).hasSize(3);
  }

  @Test
  void aBaselineFromANewerVersionIsNotAppliedAndSaysSo() throws IOException {
    run("baseline", "create", repo.toString(), "--no-progress");
    String good = Files.readString(defaultBaseline());
    Files.writeString(defaultBaseline(), good.replace("\"version\": 1", "\"version\": 7"));

    CliRun run = scanWithBaseline(defaultBaseline());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr())
        .contains("version 7, written by a newer Rampart")
        .contains("NOT applied");
    assertThat(JSON.readTree(run.stdout()).path("baselined").asInt()).isZero();
  }
}
