package dev.rampart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.settle.Settler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end on real trees, including the inputs that must never stop a scan. */
class EngineTest {
  private static final String ROOT_DOCKERFILE = "FROM alpine:3.20\nUSER root\n";

  @TempDir Path tree;

  private final Engine engine = Formats.engine(ScanOptions.defaults());

  private ScanResult scan() throws IOException {
    return engine.scan(tree, ScanProgress.NONE);
  }

  private Path write(String path, String content) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void findsDockerfilesByNameAndContentWithRelativePaths() throws IOException {
    write("Dockerfile", ROOT_DOCKERFILE);
    write("services/api/Dockerfile.prod", ROOT_DOCKERFILE);
    write("services/web/web.Dockerfile", ROOT_DOCKERFILE);
    write("build/Containerfile", ROOT_DOCKERFILE);
    write("ops/runner", "# a build file without an extension\n" + ROOT_DOCKERFILE);
    write("docs/Dockerfile.md", ROOT_DOCKERFILE);
    write("scripts/deploy", "#!/bin/sh\necho FROM here\n");

    ScanResult result = scan();

    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-DF-001"))
        .extracting(Finding::path)
        .containsExactly(
            "Dockerfile",
            "build/Containerfile",
            "ops/runner",
            "services/api/Dockerfile.prod",
            "services/web/web.Dockerfile");
    assertThat(result.errors()).isEmpty();
    // Every text file is checked for secrets, so all seven count.
    assertThat(result.stats().filesChecked()).isEqualTo(7);
  }

  @Test
  void honoursGitignoreFilesAtEveryLevelAndSkipsTheGitDirectory() throws IOException {
    write(".gitignore", "build/\n*.generated\n");
    write("build/Dockerfile", ROOT_DOCKERFILE);
    write("x.generated/Dockerfile", ROOT_DOCKERFILE);
    write("app/.gitignore", "Dockerfile.*\n!Dockerfile.keep\n");
    write("app/Dockerfile.tmp", ROOT_DOCKERFILE);
    write("app/Dockerfile.keep", ROOT_DOCKERFILE);
    write(".git/Dockerfile", ROOT_DOCKERFILE);
    write("Dockerfile", ROOT_DOCKERFILE);

    assertThat(scan().findings())
        .filteredOn(f -> f.ruleId().equals("RA-DF-001"))
        .extracting(Finding::path)
        .containsExactly("Dockerfile", "app/Dockerfile.keep");
  }

  @Test
  void aTrackedFileIsCheckedThoughIgnoredAndAnIgnoredOneIsNeverRead() throws Exception {
    write("build/Dockerfile", ROOT_DOCKERFILE);
    dev.rampart.testing.TestTrees.track(tree, "build/Dockerfile");
    write(".gitignore", "build/\n.env\n");
    write(".env", "GITHUB_TOKEN=" + fakeGitHubToken(7) + "\n");
    write("build/Dockerfile.old", ROOT_DOCKERFILE);
    java.util.Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Engine reading =
        new Engine(
            Formats.builtIn(),
            ScanOptions.defaults(),
            new Settler("test"),
            file -> {
              read.add(tree.relativize(file).toString().replace('\\', '/'));
              return Files.readAllBytes(file);
            });

    ScanResult result = reading.scan(tree, ScanProgress.NONE);

    assertThat(read).containsExactlyInAnyOrder(".gitignore", "build/Dockerfile");
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-DF-001"))
        .extracting(Finding::path)
        .containsExactly("build/Dockerfile");
    assertThat(result.findings()).noneMatch(f -> f.controls().contains("secrets.no-hardcoded"));
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void binaryFileNamedDockerfileIsAnErrorAndOtherBinariesAreCountedSkips() throws IOException {
    Files.write(tree.resolve("Dockerfile"), new byte[] {'F', 'R', 0, 1, 2, 3});
    Files.write(tree.resolve("logo"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    write("ok/Dockerfile", ROOT_DOCKERFILE);

    ScanResult result = scan();

    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::message)
        .containsExactly(
            tuple("Dockerfile", "not checked: named like a dockerfile but the content is binary"));
    assertThat(result.stats().skipped()).containsEntry("binary", 1L);
    assertThat(result.findings()).extracting(Finding::path).contains("ok/Dockerfile");
  }

  @Test
  void hundredMegabyteDockerfileIsAnErrorNotAnOutOfMemory() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(tree.resolve("Dockerfile").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024); // sparse: costs no disk
    }
    write("small/Dockerfile", ROOT_DOCKERFILE);

    ScanResult result = scan();

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("Dockerfile");
              assertThat(e.message()).contains("100.0 MB", "over the 10.0 MB limit");
            });
    assertThat(result.findings()).extracting(Finding::path).contains("small/Dockerfile");
  }

  @Test
  void symlinkLoopIsAnErrorAndTheRestIsScanned() throws IOException {
    Files.createDirectories(tree.resolve("a/b"));
    Files.createSymbolicLink(tree.resolve("a/b/loop"), tree.resolve("a"));
    write("a/Dockerfile", ROOT_DOCKERFILE);

    ScanResult result = scan();

    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::message)
        .contains(tuple("a/b/loop", "symbolic link loop: it leads back to a directory above it"));
    assertThat(result.findings()).extracting(Finding::path).contains("a/Dockerfile");
  }

  @Test
  void linksOutOfTheRootAreNotFollowed(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("Dockerfile"), ROOT_DOCKERFILE);
    Files.createSymbolicLink(tree.resolve("outside"), elsewhere);

    ScanResult result = scan();

    assertThat(result.findings()).isEmpty();
    assertThat(result.stats().skipped()).containsEntry("link outside the scanned root", 1L);
  }

  @Test
  void composeVariablesComeFromTheEnvBesideItButNeverFromALinkOutOfTheRoot(@TempDir Path elsewhere)
      throws IOException {
    String compose = "services:\n  web:\n    image: example/web:${TAG}\n";
    write("inside/compose.yaml", compose);
    write("inside/.env", "TAG=latest\n");
    write("outside/compose.yaml", compose);
    Files.writeString(elsewhere.resolve("tags.env"), "TAG=latest\n");
    Files.createSymbolicLink(tree.resolve("outside/.env"), elsewhere.resolve("tags.env"));

    ScanResult result = scan();

    // Only the file whose .env is in the tree is judged: the other's image stays unresolved.
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-CMP-011"))
        .extracting(Finding::path)
        .containsExactly("inside/compose.yaml");
    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::message)
        .containsExactly(
            tuple(
                "outside/compose.yaml",
                "the .env beside it was not read (a link outside the scanned root): its"
                    + " variables are not interpolated"));
  }

  @Test
  void unreadableFileIsAnError() throws IOException {
    write("Dockerfile", ROOT_DOCKERFILE);
    write("fine/Dockerfile", ROOT_DOCKERFILE);
    // Tests often run as root, where file modes do not stop reads; fail the read itself instead.
    Engine failing =
        new Engine(
            Formats.builtIn(),
            ScanOptions.defaults(),
            new Settler("test"),
            file -> {
              if (file.endsWith(Path.of("fine/Dockerfile"))) {
                return Files.readAllBytes(file);
              }
              throw new AccessDeniedException(file.toString());
            });

    ScanResult result = failing.scan(tree, ScanProgress.NONE);

    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::message)
        .containsExactly(tuple("Dockerfile", "could not read: permission denied"));
    assertThat(result.findings()).extracting(Finding::path).containsOnly("fine/Dockerfile");
  }

  @Test
  void malformedInstructionIsAnErrorWithItsLineAndTheRestIsChecked() throws IOException {
    write("Dockerfile", "FROM alpine:3.20\nFORM ubuntu\nUSER root\n");

    ScanResult result = scan();

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("Dockerfile");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.message()).containsIgnoringCase("FORM");
            });
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-DF-001"))
        .extracting(Finding::line)
        .containsExactly(3);
  }

  @Test
  void unterminatedHeredocIsAnError() throws IOException {
    write("Dockerfile", "FROM alpine:3.20\nRUN <<EOF\necho hi\n");

    ScanResult result = scan();

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.message()).contains("EOF");
            });
  }

  @Test
  void scansStandardInputByContent() throws IOException {
    ScanResult result =
        engine.scanStream(
            "-", new ByteArrayInputStream(ROOT_DOCKERFILE.getBytes(StandardCharsets.UTF_8)));

    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-DF-001"))
        .extracting(Finding::path, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("-", 2));
  }

  @Test
  void standardInputThatIsBinaryOrOverTheLimitIsAnError() throws IOException {
    ScanResult plain =
        engine.scanStream(
            "-", new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(plain.errors()).as("any text is checked, for secrets at least").isEmpty();
    assertThat(plain.stats().filesChecked()).isEqualTo(1);

    ScanResult binary = engine.scanStream("-", new ByteArrayInputStream(new byte[] {'a', 0, 'b'}));
    assertThat(binary.errors())
        .extracting(ScanError::message)
        .containsExactly("the input is binary, not text");

    Engine small = Formats.engine(ScanOptions.defaults().withMaxFileSize(8));
    ScanResult tooBig =
        small.scanStream(
            "-", new ByteArrayInputStream(ROOT_DOCKERFILE.getBytes(StandardCharsets.UTF_8)));
    assertThat(tooBig.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("over the"));
  }

  @Test
  void aSecretInAnEnvIsReportedOnceByTheDockerfileRuleNotAgainByTheTextPass() throws IOException {
    String token = "ghp_" + "ezbpZKRrWBKgRrOJ5hNF7ti1t4tqGfipSuhX";
    write("Dockerfile", "FROM alpine:3.20\nENV GITHUB_TOKEN=" + token + "\nUSER 10001\n");
    write("ci.env", "GITHUB_TOKEN=" + token + "\n");

    ScanResult result = scan();

    assertThat(result.findings())
        .filteredOn(f -> f.controls().contains("secrets.no-hardcoded"))
        .extracting(f -> f.ruleId() + "@" + f.path() + ":" + f.line())
        .containsExactly("RA-DF-030@Dockerfile:2", "RA-SEC-004@ci.env:1");
  }

  /** A GitHub-shaped token, made up here so that no real one is in the repository. */
  private static String fakeGitHubToken(long seed) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    java.util.Random random = new java.util.Random(seed);
    StringBuilder token = new StringBuilder("ghp_");
    for (int i = 0; i < 36; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  @Test
  void fiftyMegabyteMinifiedLineIsScannedWithoutStalling() throws IOException {
    StringBuilder js = new StringBuilder(51 * 1024 * 1024);
    while (js.length() < 50 * 1024 * 1024) {
      js.append("var a=function(b){return b.token+secret_len;};"); // keywords, no secret
    }
    js.append("var t=\"").append(fakeGitHubToken(1)).append("\";\n");
    write("dist/app.min.js", js.toString());
    Engine roomy = Formats.engine(ScanOptions.defaults().withMaxFileSize(64L * 1024 * 1024));

    ScanResult result = roomy.scan(tree, ScanProgress.NONE);

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-SEC-004"))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(1));
  }

  @Test
  void textOverTheSizeLimitIsAnErrorButBinaryOverItIsASkip() throws IOException {
    write("big.log", "x".repeat(2048));
    Files.write(tree.resolve("big.blob"), new byte[4096]); // NULs: binary
    Engine small = Formats.engine(ScanOptions.defaults().withMaxFileSize(1024));

    ScanResult result = small.scan(tree, ScanProgress.NONE);

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("big.log");
              assertThat(e.message()).contains("not checked", "over the");
            });
    assertThat(result.stats().skipped()).containsEntry("binary", 1L);
  }

  @Test
  void binaryWithATextExtensionIsASkipAndItsBytesAreNotScanned() throws IOException {
    byte[] token = fakeGitHubToken(2).getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[token.length + 4];
    System.arraycopy(token, 0, bytes, 4, token.length); // four NULs first
    Files.write(tree.resolve("notes.txt"), bytes);

    ScanResult result = scan();

    assertThat(result.findings()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertThat(result.stats().skipped()).containsEntry("binary", 1L);
  }

  @Test
  void utf16AndInvalidUtf8FilesAreScannedCorrectly() throws IOException {
    String token = fakeGitHubToken(3);
    // Valid dotenv files: .env files are also parsed as settings, and a broken line is an error.
    byte[] utf16 = ("# line one\nTOKEN=" + token + "\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(tree.resolve("windows.env"), withBom);
    byte[] latin =
        ("CITY=caf\u00e9\nTOKEN=" + fakeGitHubToken(4) + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(tree.resolve("legacy.env"), latin); // 0xE9 alone is not valid UTF-8

    ScanResult result = scan();

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-SEC-004"))
        .extracting(f -> f.path() + ":" + f.line() + ":" + f.column())
        .containsExactlyInAnyOrder("windows.env:2:7", "legacy.env:2:7");
  }

  @Test
  void anInlineAllowMovesASecretToSuppressedWithItsReason() throws IOException {
    write(
        "config/ci.yaml",
        "token: "
            + fakeGitHubToken(5)
            + "  # rampart:allow revoked, kept for a parser test\n"
            + "other: "
            + fakeGitHubToken(6)
            + "\n");

    ScanResult result = scan();

    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-SEC-004"))
        .extracting(Finding::line)
        .containsExactly(2);
    assertThat(result.suppressed())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ruleId()).isEqualTo("RA-SEC-004");
              assertThat(s.path()).isEqualTo("config/ci.yaml");
              assertThat(s.line()).isEqualTo(1);
              assertThat(s.reason()).isEqualTo("revoked, kept for a parser test");
            });
  }

  @Test
  void fingerprintsSurviveLineMovesButNotAChangedOffence() throws IOException {
    write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
    String before = only(scan(), "RA-DF-001").fingerprint();
    write(
        "Dockerfile", "# a comment that moves everything down\n\nFROM alpine:3.20\nUSER   root\n");
    String moved = only(scan(), "RA-DF-001").fingerprint();
    write("Dockerfile", "FROM alpine:3.20\nUSER 0\n");
    String changed = only(scan(), "RA-DF-001").fingerprint();

    assertThat(moved).isEqualTo(before);
    assertThat(changed).isNotEqualTo(before);
  }

  private static Finding only(ScanResult result, String ruleId) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }
}
