package dev.rampart.rules.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.SarifRenderer;
import dev.rampart.testing.Fixtures;
import dev.rampart.testing.SecretLeaks;
import dev.rampart.testing.TestTrees;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository rules end to end, beyond what fixtures show: controls, messages, rendering of
 * findings on entries without content, fingerprints, and scans of a repository's subfolder.
 */
class RepositoryHygieneTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tree;

  private void write(String path, String content) throws IOException {
    TestTrees.write(tree, path, content);
  }

  private void track(String... paths) throws IOException {
    TestTrees.track(tree, paths);
  }

  private static List<Finding> of(ScanResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void aTrackedEnvFileNamesItsControlAndNeverItsValues() throws Exception {
    String token = "ghp_" + "ezbpZKRrWBKgRrOJ5hNF7ti1t4tqGfipSuhX";
    write(".env", "GITHUB_TOKEN=" + token + "\n");
    track(".env");
    write(".gitignore", ".env\n");

    ScanResult result = Fixtures.scan(tree);

    assertThat(of(result, "RA-FS-002"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.controls()).containsExactly("secrets.env-files-ignored");
              assertThat(f.path()).isEqualTo(".env");
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.message()).contains("although a .gitignore matches it");
            });
    List<Finding> hygiene =
        result.findings().stream().filter(f -> f.ruleId().startsWith("RA-FS-")).toList();
    SecretLeaks.assertNoneShown(hygiene, List.of(token));
  }

  @Test
  void aSubfolderOfARepositoryIsJudgedWithTheIgnoreFilesAboveIt() throws Exception {
    write("README.md", "# Shop\n");
    write("services/api/README.md", "# API\n");
    write("services/api/.env", "A=1\n");
    write("services/api/.env.local", "A=2\n");
    track("README.md", "services/api/README.md");
    write(".gitignore", ".env\n");

    ScanResult result = Fixtures.scan(tree.resolve("services/api"));

    assertThat(of(result, "RA-FS-003")).extracting(Finding::path).containsExactly(".env.local");
    assertThat(of(result, "RA-FS-006"))
        .as("a subfolder's repository has its policy at its top, if anywhere")
        .isEmpty();
    assertThat(of(Fixtures.scan(tree), "RA-FS-006"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("README.md");
              assertThat(f.controls()).containsExactly("ops.vulnerability-disclosure");
            });
  }

  @Test
  void theMissingPolicyKeepsItsFingerprintWhenTheReadmeChanges() throws Exception {
    write("README.md", "# Shop\n");
    track("README.md");
    String before = of(Fixtures.scan(tree), "RA-FS-006").get(0).fingerprint();
    write("README.md", "# Shop\n\nA new first paragraph.\n");
    String after = of(Fixtures.scan(tree), "RA-FS-006").get(0).fingerprint();

    assertThat(after).isEqualTo(before);
  }

  @Test
  void aFindingOnADirectoryRendersWithItsPathAndTheFirstLine() throws Exception {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "directory modes need a POSIX file system");
    Files.createDirectories(tree.resolve("pgdata"));
    Files.setPosixFilePermissions(
        tree.resolve("pgdata"), PosixFilePermissions.fromString("rwxr-xr-x"));
    ScanResult result = Fixtures.scan(tree);

    StringWriter json = new StringWriter();
    new JsonRenderer().render(result, Fixtures.engine().rules(), json);
    StringWriter sarif = new StringWriter();
    new SarifRenderer().render(result, Fixtures.engine().rules(), sarif);

    JsonNode finding = MAPPER.readTree(json.toString()).path("findings").get(0);
    assertThat(finding.path("ruleId").asText()).isEqualTo("RA-FS-005");
    assertThat(finding.path("path").asText()).isEqualTo("pgdata");
    assertThat(finding.path("line").asInt()).isEqualTo(1);
    assertThat(finding.path("controls").get(0).asText()).isEqualTo("secrets.file-permissions");
    assertThat(finding.path("message").asText()).contains("mode 0755", "its group and other users");
    JsonNode location =
        MAPPER
            .readTree(sarif.toString())
            .path("runs")
            .get(0)
            .path("results")
            .get(0)
            .path("locations")
            .get(0)
            .path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("pgdata");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(1);
  }

  @Test
  void anUnpinnedVcsRequirementIsNamedWithoutTheCredentialsInItsUrl() throws IOException {
    write(
        "requirements.txt",
        "git+https://deploy:s3cr3tT0kenValue@git.example.org/shop/internal.git\n");

    ScanResult result = Fixtures.scan(tree);

    assertThat(of(result, "RA-FS-009"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.controls()).containsExactly("supply-chain.dependency-pinning");
              assertThat(f.message())
                  .startsWith("git+https://git.example.org/shop/internal.git installs");
            });
    SecretLeaks.assertNoneShown(of(result, "RA-FS-009"), List.of("s3cr3tT0kenValue"));
  }
}
