package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The command line as a user runs it: arguments in, report and exit code out. */
class MainTest {
  private static final Path INSECURE = Path.of("..", "examples", "insecure");
  private static final Path HARDENED = Path.of("..", "examples", "hardened");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private static CliRun runWithInput(String stdin, String... args) {
    return CliRun.withInput(stdin, args);
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void scanOfTheInsecureExampleFailsWithConcreteFindings() throws IOException {
    Path report = temp.resolve("report.json");

    CliRun run =
        run("scan", INSECURE.toString(), "--format", "json", "--output", report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.at("/tool/name").asText()).isEqualTo("rampart");
    List<String> hits = new ArrayList<>();
    json.get("findings")
        .forEach(
            f ->
                hits.add(
                    f.get("ruleId").asText()
                        + " "
                        + f.get("path").asText()
                        + ":"
                        + f.get("line").asInt()));
    assertThat(hits).contains("RA-DF-001 mcp-server/Dockerfile:7");
    assertThat(json.get("errors")).isEmpty();
    assertThat(json.at("/summary/high").asInt()).isPositive();
  }

  @Test
  void theHardenedExamplePassesEveryRuleAndTheRestrictedPodSecurityStandard() throws IOException {
    for (String profile :
        List.of("default", "guides", "pss-baseline", "pss-restricted", "cis-docker")) {
      CliRun run =
          run(
              "scan",
              HARDENED.toString(),
              "--profile",
              profile,
              "--fail-on",
              "info",
              "--format",
              "json");

      JsonNode report = JSON.readTree(run.stdout());
      assertThat(report.get("findings")).as(profile).isEmpty();
      assertThat(report.get("errors")).as(profile).isEmpty();
      assertThat(run.exitCode()).as(profile).isZero();
    }
  }

  @Test
  void failOnDecidesTheExitCode() {
    // The MCP server's findings are high at most (the Kubernetes example has critical ones).
    String mcpServer = INSECURE.resolve("mcp-server").toString();
    assertThat(run("scan", mcpServer, "--fail-on", "critical", "--format", "json").exitCode())
        .isZero();
    assertThat(run("scan", mcpServer, "--fail-on", "low", "--format", "json").exitCode())
        .isEqualTo(1);
  }

  @Test
  void sarifIsWrittenToStandardOutput() throws IOException {
    CliRun run = run("scan", INSECURE.toString(), "--format", "sarif");

    JsonNode sarif = JSON.readTree(run.stdout());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results")).isNotEmpty();
  }

  @Test
  void junitHasATestCasePerRuleAndFileAndPassesOnlyRulesThatRan() throws Exception {
    Path report = temp.resolve("rampart.xml");

    CliRun run = run("scan", INSECURE.toString(), "--format", "junit", "-o", report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    Element root = xml.getDocumentElement();
    assertThat(Integer.parseInt(root.getAttribute("failures"))).isPositive();
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    List<String> failing = new ArrayList<>();
    List<String> passing = new ArrayList<>();
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      String id = c.getAttribute("classname") + " " + c.getAttribute("name");
      (c.getElementsByTagName("failure").getLength() > 0 ? failing : passing).add(id);
    }
    assertThat(failing).contains("RA-DF-001 mcp-server/Dockerfile");
    assertThat(passing).isNotEmpty().allMatch(id -> id.endsWith(" all files"));
    assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.getLength());

    // Rules that did not run are not reported as passing; the exit code follows --fail-on.
    String mcpServer = INSECURE.resolve("mcp-server").toString();
    CliRun only = run("scan", mcpServer, "--only", "dockerfile", "--format", "junit");
    assertThat(only.exitCode()).isEqualTo(1);
    NodeList onlyCases =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(only.stdout().getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagName("testcase");
    assertThat(onlyCases.getLength()).isPositive();
    for (int i = 0; i < onlyCases.getLength(); i++) {
      assertThat(((Element) onlyCases.item(i)).getAttribute("classname")).startsWith("RA-DF-");
    }
    assertThat(run("scan", mcpServer, "--fail-on", "critical", "--format", "junit").exitCode())
        .isZero();
  }

  @Test
  void markdownIsATableOfFindings() {
    CliRun run = run("scan", INSECURE.toString(), "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout())
        .startsWith("## Rampart scan\n\n**")
        .contains("| Severity | Rule | Location | Message | Controls |")
        .contains("| high | RA-DF-001 | mcp-server/Dockerfile:7 |")
        .contains("<summary>How to fix</summary>")
        .doesNotContain("### Errors");
    String mcpServer = INSECURE.resolve("mcp-server").toString();
    assertThat(run("scan", mcpServer, "--fail-on", "critical", "--format", "markdown").exitCode())
        .isZero();
  }

  @Test
  void filesThatCannotBeCheckedMakeTheExitCodeOneUnlessAllowed() throws IOException {
    Files.writeString(
        temp.resolve("Dockerfile"),
        "FROM alpine:3.20@sha256:"
            + "a".repeat(64)
            + "\nFORM oops\nUSER 10001\nHEALTHCHECK CMD [\"true\"]\n");

    CliRun strict = run("scan", temp.toString(), "--format", "json");
    CliRun allowed = run("scan", temp.toString(), "--format", "json", "--allow-errors");

    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.stdout()).contains("FORM");
    assertThat(allowed.exitCode()).isZero();
  }

  @Test
  void standardInput() throws IOException {
    CliRun run = runWithInput("FROM alpine:3.20\nUSER root\n", "scan", "-", "--format", "json");

    JsonNode json = JSON.readTree(run.stdout());
    assertThat(json.get("findings").findValuesAsText("ruleId")).contains("RA-DF-001");
    // Formats known only by their file's name (dotenv, requirements) do not read it.
    assertThat(json.get("errors")).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  /** What {@code helm template} prints: documents after {@code ---}, each under its source. */
  private static final String RENDERED =
      """
      ---
      # Source: web/templates/serviceaccount.yaml
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: release-web
      ---
      # Source: web/templates/deployment.yaml
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: release-web
      spec:
        template:
          spec:
            hostNetwork: true
            securityContext:
              runAsNonRoot: true
            containers:
              - name: web
                image: "nginx:1.27.2"
                securityContext:
                  privileged: true
      ---
      # Source: web/templates/tests/test-connection.yaml
      apiVersion: v1
      kind: Pod
      metadata:
        name: "release-web-test-connection"
        annotations:
          "helm.sh/hook": test
      spec:
        containers:
          - name: wget
            image: busybox:1.36
            command: ['wget']
            args: ['release-web:80']
        restartPolicy: Never
      """;

  @Test
  void renderedManifestsFromStandardInputKeepTheirLinesAcrossDocuments() throws IOException {
    CliRun run = runWithInput(RENDERED, "scan", "-", "--format", "json");

    JsonNode report = JSON.readTree(run.stdout());
    assertThat(report.get("findings"))
        .extracting(
            f ->
                f.get("ruleId").asText()
                    + " "
                    + f.get("path").asText()
                    + ":"
                    + f.get("line").asInt()
                    + ":"
                    + f.get("column").asInt())
        // One rule per document, each at its line in the whole stream; the scan-wide rules (a
        // NetworkPolicy for the namespace) see the documents together, at the first workload.
        .contains(
            "RA-K8S-003 -:16:7", "RA-K8S-002 -:23:13", "RA-K8S-001 -:34:7", "RA-K8S-042 -:26:1")
        .filteredOn(f -> f.matches("RA-K8S-00[123] .*"))
        .hasSize(3);
    assertThat(report.get("errors")).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aHelmChartIsAnErrorThatFailsTheRunUnlessAllowed() throws IOException {
    Path chart = Files.createDirectories(temp.resolve("charts/web/templates"));
    Files.writeString(chart.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: web\n");
    Files.writeString(
        chart.resolve("service.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");

    CliRun strict = run("scan", temp.toString(), "--format", "json");
    CliRun allowed = run("scan", temp.toString(), "--format", "json", "--allow-errors");

    assertThat(strict.exitCode()).isEqualTo(1);
    JsonNode error = JSON.readTree(strict.stdout()).get("errors").get(0);
    assertThat(error.get("path").asText()).isEqualTo("charts/web/Chart.yaml");
    assertThat(error.get("message").asText())
        .startsWith("Helm chart \"web\" not scanned")
        .endsWith("helm template web charts/web | rampart scan -");
    assertThat(JSON.readTree(strict.stdout()).get("errors")).hasSize(1);
    assertThat(allowed.exitCode()).isZero();
  }

  @Test
  void usageErrorsAndMissingPathsExitTwo() {
    assertThat(run("scan", "--format", "yaml").exitCode()).isEqualTo(2);
    assertThat(run("scan", "--fail-on", "severe").exitCode()).isEqualTo(2);
    CliRun missing = run("scan", temp.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).contains("no such file or directory");
  }

  @Test
  void rulesListsEveryRuleAndShowsOne() throws IOException {
    CliRun json = run("rules", "--format", "json");
    JsonNode rules = JSON.readTree(json.stdout());
    assertThat(rules.findValuesAsText("id")).contains("RA-DF-001");
    assertThat(rules.get(0).fieldNames())
        .toIterable()
        .contains("id", "title", "severity", "controls", "aliases", "remediation", "references");

    CliRun show = run("rules", "show", "ra-df-001");
    assertThat(show.exitCode()).isZero();
    assertThat(show.stdout()).contains("RA-DF-001", "container.non-root", "hadolint:DL3002");

    assertThat(run("rules", "show", "RA-XX-999").exitCode()).isEqualTo(2);
  }

  @Test
  void aPodSecurityProfileRunsExactlyItsRules() throws IOException {
    Path pod = temp.resolve("pod.yaml");
    Files.writeString(
        pod,
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: tools
        spec:
          hostNetwork: true
          containers:
            - name: tools
              image: registry.example.com/tools:2.0.1
              securityContext:
                privileged: true
        """);

    CliRun restricted =
        run("scan", pod.toString(), "--profile", "pss-restricted", "--format", "json");
    CliRun baseline = run("scan", pod.toString(), "--profile", "pss-baseline", "--format", "json");
    CliRun defaults = run("scan", pod.toString(), "--format", "json");

    List<String> restrictedIds = ruleIds(restricted);
    assertThat(restricted.exitCode()).isEqualTo(1);
    assertThat(restrictedIds)
        .isNotEmpty()
        .allMatch(id -> id.startsWith("RA-PSS-"))
        .contains("RA-PSS-002", "RA-PSS-003", "RA-PSS-014", "RA-PSS-015", "RA-PSS-017");
    // Baseline is the restricted standard's first half: no requirement of restricted's own.
    assertThat(ruleIds(baseline))
        .containsExactlyInAnyOrder("RA-PSS-002", "RA-PSS-003")
        .doesNotContain("RA-PSS-014");
    assertThat(ruleIds(defaults)).isNotEmpty().noneMatch(id -> id.startsWith("RA-PSS-"));
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    CliRun run = run("scan", INSECURE.toString(), "--profile", "pss-strict", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr())
        .contains("unknown profile pss-strict")
        .contains("default", "guides", "pss-baseline", "pss-restricted", "cis-docker");
  }

  private static List<String> ruleIds(CliRun run) throws IOException {
    return JSON.readTree(run.stdout()).path("findings").findValuesAsText("ruleId");
  }

  /** A repository whose only secret was committed on day one and removed the next day. */
  private Path repositoryWithARemovedSecret() throws Exception {
    Path repo = temp.resolve("repo");
    Random random = new Random(7);
    StringBuilder token = new StringBuilder("ghp_");
    String base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < 36; i++) {
      token.append(base62.charAt(random.nextInt(base62.length())));
    }
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Instant day = Instant.parse("2024-05-01T12:00:00Z");
      for (String content : List.of("TOKEN=" + token + "\n", "TOKEN=\n")) {
        Files.writeString(repo.resolve("app.env"), content);
        PersonIdent ident = new PersonIdent("Dev", "dev@example.com", day, ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage("app").setAuthor(ident).setCommitter(ident).setSign(false).call();
        day = day.plusSeconds(86_400);
      }
    }
    return repo;
  }

  @Test
  void historyFindsACommittedSecretAndJsonCarriesItsCommit() throws Exception {
    Path repo = repositoryWithARemovedSecret();

    // The secret rules alone: the repository rules would report the tracked app.env itself.
    CliRun tree =
        run("scan", repo.toString(), "--only", "secrets", "--format", "json", "--no-progress");
    CliRun history =
        run(
            "scan",
            repo.toString(),
            "--only",
            "secrets",
            "--history",
            "--format",
            "json",
            "--no-progress");
    CliRun allRefs =
        run(
            "scan",
            repo.toString(),
            "--only",
            "secrets",
            "--all-refs",
            "--format",
            "json",
            "--no-progress");

    assertThat(tree.exitCode()).isZero();
    assertThat(JSON.readTree(tree.stdout()).path("findings")).isEmpty();
    assertThat(history.exitCode()).isEqualTo(1);
    JsonNode finding = JSON.readTree(history.stdout()).path("findings").get(0);
    assertThat(finding.path("controls").get(0).asText()).isEqualTo("secrets.not-in-history");
    assertThat(finding.path("commit").path("id").asText()).hasSize(40);
    assertThat(finding.path("commit").path("date").asText()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(
            JSON.readTree(history.stdout()).path("stats").path("history").path("commits").asInt())
        .isEqualTo(2);
    assertThat(JSON.readTree(allRefs.stdout()).path("stats").path("history").path("refs").asText())
        .isEqualTo("all refs");
  }

  @Test
  void historyOutsideAGitWorkTreeIsAnErrorThatAllowErrorsAccepts() throws IOException {
    Files.writeString(temp.resolve("README.md"), "# nothing secret\n");

    CliRun failing = run("scan", temp.toString(), "--history", "--no-progress", "--no-color");
    CliRun allowed = run("scan", temp.toString(), "--history", "--allow-errors", "--no-progress");

    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.stdout()).contains(".git: history not scanned").contains("git work tree");
    assertThat(allowed.exitCode()).isZero();
    assertThat(runWithInput("x", "scan", "-", "--history").exitCode()).isEqualTo(2);
  }
}
