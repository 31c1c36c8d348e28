package dev.rampart.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.model.Commit;
import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --history} on real repositories built with JGit. The tokens are random, GitHub-shaped and
 * never printed: assertions compare findings, never report text that could hold a value.
 */
class HistoryScanTest {
  /**
   * The secret rules alone: these tests are about secrets, and the repository rules judge their
   * work trees too (a tracked .env file, no SECURITY.md).
   */
  private static final ScanOptions SECRETS_ONLY =
      ScanOptions.defaults()
          .withEnabled(
              ScanOptions.defaults().enabled().and(rule -> rule.format().equals(Formats.SECRETS)));

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final Instant DAY_ONE = Instant.parse("2024-05-01T12:00:00Z");
  private static final String TREE_CONTROL = "secrets.no-hardcoded";

  @TempDir Path tree;

  private final Random random = new Random(20240501);
  private Git git;
  private int commits;

  @BeforeEach
  void init() throws GitAPIException {
    git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call();
  }

  @AfterEach
  void close() {
    git.close();
  }

  private String token() {
    StringBuilder token = new StringBuilder("ghp_");
    for (int i = 0; i < 36; i++) {
      token.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    return token.toString();
  }

  private void write(String path, String content) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Commits the work tree as it is, one day after the previous commit. */
  private RevCommit commit() throws GitAPIException {
    Instant when = DAY_ONE.plusSeconds(86_400L * commits++);
    PersonIdent ident = new PersonIdent("Dev", "dev@example.com", when, ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage("commit " + commits)
        .setAuthor(ident)
        .setCommitter(ident)
        .setSign(false)
        .call();
  }

  private ScanResult scan(HistoryOptions history) throws IOException {
    return scan(SECRETS_ONLY, history);
  }

  private ScanResult scan(ScanOptions options, HistoryOptions history) throws IOException {
    return Formats.engine(options).scan(tree, ScanProgress.NONE, history);
  }

  private static List<Finding> inHistory(ScanResult result) {
    return result.findings().stream().filter(Finding::inHistory).toList();
  }

  private static List<Finding> inTree(ScanResult result) {
    return result.findings().stream().filter(f -> !f.inHistory()).toList();
  }

  @Test
  void aSecretRemovedFromTheTreeIsFoundInTheCommitThatAddedIt() throws Exception {
    write("config/app.env", "DEBUG=false\nGITHUB_TOKEN=" + token() + "\n");
    RevCommit added = commit();
    write("config/app.env", "DEBUG=false\n");
    commit();

    ScanResult result = scan(HistoryOptions.HEAD);

    assertThat(inTree(result)).isEmpty();
    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("RA-SEC-004");
    assertThat(finding.controls()).containsExactly(HistoryScanner.CONTROL);
    assertThat(finding.path()).isEqualTo("config/app.env");
    assertThat(finding.line()).isEqualTo(2);
    assertThat(finding.column()).isEqualTo(14);
    assertThat(finding.commit()).isEqualTo(new Commit(added.getName(), "2024-05-01T12:00:00Z"));
    assertThat(finding.message())
        .contains("committed in " + added.getName().substring(0, 7) + " on 2024-05-01")
        .contains("ghp_… (40 chars)")
        .contains("rotate");
    assertThat(result.errors()).isEmpty();
    HistoryStats stats = result.stats().history();
    assertThat(stats.refs()).isEqualTo("HEAD");
    assertThat(stats.commits()).isEqualTo(2);
    assertThat(stats.shallow()).isFalse();
  }

  @Test
  void aSecretStillInTheTreeIsReportedThereAndAtItsEarliestCommit() throws Exception {
    String secret = token();
    write("deploy.sh", "export GITHUB_TOKEN=" + secret + "\n");
    RevCommit first = commit();
    write("deploy.sh", "export GITHUB_TOKEN=" + secret + "\n./deploy --prod\n");
    commit();
    write("deploy.sh", "export GITHUB_TOKEN=" + secret + "\n./deploy --prod --wait\n");
    commit();

    ScanResult result = scan(HistoryOptions.HEAD);

    assertThat(inTree(result))
        .singleElement()
        .satisfies(f -> assertThat(f.controls()).containsExactly(TREE_CONTROL));
    assertThat(inHistory(result))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.commit().id()).isEqualTo(first.getName());
              assertThat(f.path()).isEqualTo("deploy.sh");
            });
    assertThat(inHistory(result).get(0).fingerprint())
        .isNotEqualTo(inTree(result).get(0).fingerprint());
    // Three versions of the file, each read once.
    assertThat(result.stats().history().blobsChecked()).isEqualTo(3);
  }

  @Test
  void aBlobInTwoCommitsAndTwoPathsIsReadOnce() throws Exception {
    String content = "TOKEN=" + token() + "\n";
    write("a.env", content);
    RevCommit first = commit();
    write("copies/b.env", content);
    commit();
    write("a.env", "TOKEN=\n");
    commit();
    write("a.env", content);
    commit();

    ScanResult result = scan(HistoryOptions.HEAD);

    HistoryStats stats = result.stats().history();
    assertThat(stats.commits()).isEqualTo(4);
    assertThat(stats.blobs()).isEqualTo(2);
    assertThat(stats.blobsChecked()).isEqualTo(2);
    assertThat(inHistory(result))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("a.env");
              assertThat(f.commit().id()).isEqualTo(first.getName());
            });
  }

  @Test
  void allRefsFindsASecretOnlyOnAnotherBranch() throws Exception {
    write("README.md", "# app\n");
    commit();
    git.checkout().setCreateBranch(true).setName("feature").call();
    write("feature.env", "TOKEN=" + token() + "\n");
    RevCommit onFeature = commit();
    git.checkout().setName("main").call();
    git.tag().setName("v1").setAnnotated(true).setMessage("v1").setSigned(false).call();

    assertThat(scan(HistoryOptions.HEAD).findings()).isEmpty();

    ScanResult all = scan(HistoryOptions.ALL_REFS);
    assertThat(all.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("feature.env");
              assertThat(f.commit().id()).isEqualTo(onFeature.getName());
            });
    assertThat(all.stats().history().refs()).isEqualTo("all refs");
    assertThat(all.stats().history().commits()).isEqualTo(2);
  }

  @Test
  void binaryBlobsAreSkipsAndOversizedTextIsAnError() throws Exception {
    Files.write(tree.resolve("data.bin2"), new byte[] {'G', 0, 'H', 0, 1, 2, 3});
    Files.write(tree.resolve("logo.png"), new byte[] {1, 2, 3});
    write("big.txt", "x".repeat(4096) + "\nTOKEN=" + token() + "\n");
    write("small.txt", "hello\n");
    commit();

    ScanResult result = scan(SECRETS_ONLY.withMaxFileSize(1024), HistoryOptions.HEAD);

    HistoryStats stats = result.stats().history();
    assertThat(stats.blobs()).isEqualTo(4);
    assertThat(stats.blobsChecked()).isEqualTo(1);
    assertThat(stats.skipped()).isEqualTo(Map.of("binary", 2L));
    assertThat(inHistory(result)).isEmpty();
    // Text over the limit was not checked for secrets, in the tree or in history: an error.
    assertThat(result.errors())
        .extracting(e -> e.path() + ": " + e.message())
        .hasSize(2)
        .allMatch(e -> e.startsWith("big.txt: not checked"))
        .anyMatch(e -> e.contains("(in commit "));
  }

  @Test
  void aMissingBlobIsAnErrorAndTheScanGoesOn() throws Exception {
    write("gone.env", "TOKEN=" + token() + "\n");
    write("kept.env", "TOKEN=" + token() + "\n");
    RevCommit commit = commit();
    ObjectId gone;
    try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "gone.env", commit.getTree())) {
      gone = walk.getObjectId(0);
    }
    String name = gone.getName();
    Files.delete(tree.resolve(".git/objects/" + name.substring(0, 2) + "/" + name.substring(2)));
    write("gone.env", "nothing\n");
    write("kept.env", "nothing\n");

    ScanResult result = scan(HistoryOptions.HEAD);

    assertThat(inHistory(result)).extracting(Finding::path).containsExactly("kept.env");
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("gone.env");
              assertThat(e.message())
                  .contains("missing")
                  .contains(commit.getName().substring(0, 7));
            });
  }

  @Test
  void aRootOutsideAnyWorkTreeIsScannedWithAnError(@TempDir Path plain) throws IOException {
    Files.writeString(plain.resolve("app.env"), "TOKEN=" + token() + "\n");

    ScanResult result =
        Formats.engine(SECRETS_ONLY).scan(plain, ScanProgress.NONE, HistoryOptions.HEAD);

    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.inHistory()).isFalse());
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo(HistoryScanner.REPOSITORY_PATH);
              assertThat(e.message()).contains("not inside a git work tree");
            });
    assertThat(result.stats().history()).isNull();
  }

  @Test
  void theFingerprintStaysWhenTheSecretsLineMoves() throws Exception {
    String secret = token();
    write("app.env", "TOKEN=" + secret + "\n");
    RevCommit first = commit();
    Finding before = inHistory(scan(HistoryOptions.HEAD)).get(0);

    write("app.env", "# settings\nDEBUG=false\nPORT=8080\nTOKEN=" + secret + "\n");
    commit();
    ScanResult after = scan(HistoryOptions.HEAD);

    assertThat(inHistory(after))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.fingerprint()).isEqualTo(before.fingerprint());
              assertThat(f.commit().id()).isEqualTo(first.getName());
              assertThat(f.line()).isEqualTo(1);
            });
    assertThat(inTree(after)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(4));
  }

  @Test
  void aSubdirectoryRootReadsOnlyItsOwnHistoryWithPathsRelativeToIt() throws Exception {
    write("services/api/app.env", "TOKEN=" + token() + "\n");
    write("services/web/app.env", "TOKEN=" + token() + "\n");
    commit();
    write("services/api/app.env", "TOKEN=\n");
    write("services/web/app.env", "TOKEN=\n");
    commit();

    ScanResult result =
        Formats.engine(SECRETS_ONLY)
            .scan(tree.resolve("services/api"), ScanProgress.NONE, HistoryOptions.HEAD);

    assertThat(result.findings()).extracting(Finding::path).containsExactly("app.env");
  }

  @Test
  void noReportOrErrorHoldsASecretValue() throws Exception {
    String secret = token();
    write("app.env", "TOKEN=" + secret + "\n");
    commit();

    ScanResult result = scan(HistoryOptions.HEAD);

    String everything = result.findings().toString() + result.errors() + result.suppressed();
    assertThat(everything.contains(secret)).as("the report holds no secret").isFalse();
    assertThat(everything).contains("ghp_… (40 chars)");
  }
}
