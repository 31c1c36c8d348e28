package dev.rampart.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline made from a scan keeps accepting its findings when lines move and objects are
 * reordered, and lets through a second violation elsewhere.
 */
class BaselineTest {
  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

  private static final String WEB =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: app
                image: nginx:1.27
      """;

  private static final String WORKER = WEB.replace("name: web", "name: worker");

  private static final String TWO_STAGES =
      """
      FROM golang:1.23
      RUN go build -o /app .

      FROM alpine:3.20
      USER root
      ADD app.tar.gz /srv
      """;

  @TempDir Path repo;

  private void write(String name, String text) throws IOException {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Baseline baselineOfRepo() {
    return Baseline.of(Fixtures.scan(repo), CREATED);
  }

  private ScanResult scanWith(Baseline baseline) {
    return baseline.apply(Fixtures.scan(repo));
  }

  @Test
  void findingsStayBaselinedWhenLinesMove() throws IOException {
    write("Dockerfile", TWO_STAGES);
    write("k8s/web.yaml", WEB);
    Baseline baseline = baselineOfRepo();
    assertThat(baseline.entries()).isNotEmpty();

    write("Dockerfile", "# syntax=docker/dockerfile:1\n# built by CI\n\n" + TWO_STAGES);
    write("k8s/web.yaml", "# the web tier\n\n" + WEB);
    ScanResult result = scanWith(baseline);

    assertThat(result.findings()).isEmpty();
    assertThat(result.baselined()).isEqualTo(baseline.entries().size());
  }

  @Test
  void anObjectLabelledByItsLineKeepsItsFindingsWhenLinesMove() throws IOException {
    // A server without server_name is "server at line 2" in the report.
    String conf = "http {\n  server {\n    listen 80;\n    location / { autoindex on; }\n  }\n}\n";
    write("nginx/nginx.conf", conf);
    Baseline baseline = baselineOfRepo();
    assertThat(baseline.entries()).anyMatch(e -> e.object().equals("server at line 2"));

    write("nginx/nginx.conf", "# edge proxy\n\n" + conf);
    ScanResult result = scanWith(baseline);

    assertThat(result.findings()).isEmpty();
    assertThat(result.baselined()).isEqualTo(baseline.entries().size());
  }

  @Test
  void findingsStayBaselinedWhenObjectsAreReordered() throws IOException {
    write("k8s/all.yaml", WEB + "---\n" + WORKER);
    String node = "FROM node:22\nADD https://example.com/n.tgz /n/\n\n";
    String go = "FROM golang:1.23\nADD https://example.com/g.tgz /g/\n\n";
    String last = "FROM alpine:3.20\nUSER root\n";
    write("Dockerfile", node + go + last);
    String web = "  web:\n    image: nginx:1.27\n    privileged: true\n";
    String db = "  db:\n    image: postgres:16\n    privileged: true\n";
    write("compose.yaml", "services:\n" + web + db);
    Baseline baseline = baselineOfRepo();

    write("k8s/all.yaml", WORKER + "---\n" + WEB);
    // Unnamed stages are "stage 1" and "stage 2" in the report; swapped, they keep their findings.
    write("Dockerfile", go + node + last);
    write("compose.yaml", "services:\n" + db + web);

    assertThat(scanWith(baseline).findings()).isEmpty();
  }

  @Test
  void aSecondViolationInAnotherObjectOrFileIsNew() throws IOException {
    write("k8s/web.yaml", WEB);
    Baseline baseline = baselineOfRepo();
    int perDeployment = baseline.entries().size();

    write("k8s/web.yaml", WEB + "---\n" + WORKER);
    // After k8s/web.yaml in path order: a namespace's findings (RA-K8S-042, 043) are reported in
    // the first file that puts a workload in it, so a file sorting before it would take them over.
    write("k8s/x/web.yaml", WEB);
    ScanResult result = scanWith(baseline);

    assertThat(result.baselined()).isEqualTo(perDeployment);
    assertThat(result.findings()).anyMatch(f -> f.object().contains("worker"));
    assertThat(result.findings()).anyMatch(f -> f.path().equals("k8s/x/web.yaml"));
    assertThat(result.findings())
        .allSatisfy(
            f ->
                assertThat(f.path().equals("k8s/x/web.yaml") || f.object().contains("worker"))
                    .isTrue());
  }

  @Test
  void identicalViolationsInOneObjectHaveTheirOwnFingerprintsThatSurviveMoves() throws IOException {
    String twice =
        "FROM alpine:3.20\nRUN apt-get install -y curl\nRUN apt-get install -y curl\nUSER 10001\n";
    write("Dockerfile", twice);
    ScanResult before = Fixtures.scan(repo);
    List<Finding> apt = before.findings().stream().filter(f -> f.line() > 1).toList();
    assertThat(apt).extracting(Finding::ruleId).contains("RA-DF-010", "RA-DF-010");
    assertThat(apt.stream().filter(f -> f.ruleId().equals("RA-DF-010"))).hasSize(2);
    assertThat(before.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates();

    Baseline baseline = Baseline.of(before, CREATED);
    write(
        "Dockerfile",
        "# moved\n" + twice.replace("ADD a.tar.gz /srv\nUSER", "\nADD a.tar.gz /srv\nUSER"));

    assertThat(scanWith(baseline).findings()).isEmpty();
  }

  @Test
  void aFixedFindingDisappearsAndTheRestStayBaselined() throws IOException {
    write("Dockerfile", TWO_STAGES);
    Baseline baseline = baselineOfRepo();

    write("Dockerfile", TWO_STAGES.replace("USER root", "USER 10001"));
    ScanResult fixed = Fixtures.scan(repo);
    ScanResult result = baseline.apply(fixed);

    assertThat(result.findings()).isEmpty();
    assertThat(result.baselined()).isLessThan(baseline.entries().size()).isPositive();
    assertThat(baseline.unmatched(fixed)).isEqualTo(baseline.entries().size() - result.baselined());
  }

  @Test
  void theFileIsSortedOneFindingPerLineAndReadsBack() throws Exception {
    write("k8s/web.yaml", WEB);
    write("Dockerfile", TWO_STAGES);
    Baseline baseline = baselineOfRepo();
    Path file = repo.resolve("out/nested/baseline.json");

    baseline.write(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines.subList(0, 5))
        .containsExactly(
            "{",
            "  \"version\": 1,",
            "  \"tool\": \"rampart " + Fixtures.scan(repo).toolVersion() + "\",",
            "  \"created\": \"2026-01-02T03:04:05Z\",",
            "  \"findings\": [");
    List<String> findingLines = lines.subList(5, lines.size() - 2);
    assertThat(findingLines).hasSize(baseline.entries().size());
    assertThat(findingLines)
        .allSatisfy(line -> assertThat(line).startsWith("    {\"fingerprint\":"));
    assertThat(findingLines.get(0)).contains("\"path\":\"Dockerfile\"");
    assertThat(findingLines.get(findingLines.size() - 1)).contains("\"path\":\"k8s/web.yaml\"");
    assertThat(String.join("\n", lines)).doesNotContain("message");
    assertThat(Baseline.read(file)).isEqualTo(baseline);
  }

  @Test
  void anEmptyBaselineIsValid() throws Exception {
    Baseline empty = new Baseline("rampart 1", CREATED, List.of());

    assertThat(Baseline.parse(empty.toJson())).isEqualTo(empty);
  }

  @Test
  void corruptedOrForeignFilesAreUnusableWithAReason() {
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"findings\": ["))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> Baseline.parse("[]"))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> Baseline.parse("{\"findings\": []}"))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("\"version\"");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"findings\": {}}"))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("\"findings\" must be a list");
    assertThatThrownBy(
            () -> Baseline.parse("{\"version\": 1, \"findings\": [{\"ruleId\": \"x\"}]}"))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("finding 1 has no \"fingerprint\"");
  }

  @Test
  void aBaselineFromANewerVersionIsUnusable() {
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 2, \"findings\": []}"))
        .isInstanceOf(Baseline.UnusableException.class)
        .hasMessageContaining("version 2, written by a newer Rampart");
  }
}
