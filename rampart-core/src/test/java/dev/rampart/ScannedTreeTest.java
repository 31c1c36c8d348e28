package dev.rampart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.parse.SourceTree;
import dev.rampart.parse.SourceTree.Found;
import dev.rampart.parse.SourceTree.Missing;
import dev.rampart.parse.SourceTree.Refused;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a parser may read beside the one it parses, and the ones it may not. */
class ScannedTreeTest {
  @TempDir Path root;

  private Path write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private ScannedTree tree() throws IOException {
    return ScannedTree.of(root, 1024, Files::readAllBytes);
  }

  @Test
  void readsAFileOfTheTreeByItsRelativePath() throws IOException {
    write("deploy/.env", "TAG=1.2\n");

    SourceTree.Read read = tree().read("deploy/.env");

    assertThat(read).isInstanceOf(Found.class);
    assertThat(((Found) read).text().path()).isEqualTo("deploy/.env");
    assertThat(((Found) read).text().text()).isEqualTo("TAG=1.2\n");
    assertThat(tree().read("deploy/./sub/../.env")).isInstanceOf(Found.class);
    assertThat(tree().read("deploy/missing.yml")).isInstanceOf(Missing.class);
  }

  @Test
  void neverReadsAboveTheRoot(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("secret.env"), "KEY=outside\n");
    Path inside = Files.createDirectories(root.resolve("app"));
    Files.writeString(root.getParent().resolve("sibling.env"), "KEY=outside\n");

    ScannedTree tree = ScannedTree.of(inside, 1024, Files::readAllBytes);

    assertThat(tree.read("../sibling.env")).isEqualTo(new Refused("outside the scanned root"));
    assertThat(tree.read("/etc/passwd")).isEqualTo(new Refused("outside the scanned root"));
    assertThat(tree.read(elsewhere.resolve("secret.env").toString()))
        .isEqualTo(new Refused("outside the scanned root"));
  }

  @Test
  void neverFollowsALinkOutOfTheRoot(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("secret.env"), "KEY=outside\n");
    Files.createSymbolicLink(root.resolve(".env"), elsewhere.resolve("secret.env"));
    Files.createSymbolicLink(root.resolve("out"), elsewhere);
    write("real.env", "KEY=inside\n");
    Files.createSymbolicLink(root.resolve("link.env"), root.resolve("real.env"));

    assertThat(tree().read(".env")).isEqualTo(new Refused("a link outside the scanned root"));
    assertThat(tree().read("out/secret.env"))
        .isEqualTo(new Refused("a link outside the scanned root"));
    assertThat(tree().read("link.env")).isInstanceOf(Found.class);
  }

  @Test
  void refusesLargeBinaryAndUnreadableFilesAndDirectories() throws IOException {
    write("big.yml", "x".repeat(2000));
    Files.write(root.resolve("blob.yml"), new byte[] {0, 1, 2, 0, 0});
    write("locked.yml", "a: b\n");
    Files.createDirectories(root.resolve("dir"));
    ScannedTree failing =
        ScannedTree.of(
            root,
            1024,
            file -> {
              throw new AccessDeniedException(file.toString());
            });

    assertThat(tree().read("big.yml"))
        .isEqualTo(new Refused("over the 0.0 MB limit (--max-file-size)"));
    assertThat(tree().read("blob.yml")).isEqualTo(new Refused("binary, not text"));
    assertThat(tree().read("dir")).isEqualTo(new Refused("not a regular file"));
    assertThat(failing.read("locked.yml"))
        .isEqualTo(new Refused("could not read: permission denied"));
  }

  @Test
  void aScanOfOneFileReadsItsDirectory() throws IOException {
    Path compose = write("compose.yaml", "services: {}\n");
    write(".env", "A=1\n");

    assertThat(ScannedTree.of(compose, 1024, Files::readAllBytes).read(".env"))
        .isInstanceOf(Found.class);
  }

  @Test
  void resolvesReferencesAgainstTheReferringFile() {
    assertThat(SourceTree.resolve("deploy/compose.yaml", ".env")).contains("deploy/.env");
    assertThat(SourceTree.resolve("deploy/compose.yaml", "../base.yml")).contains("base.yml");
    assertThat(SourceTree.resolve("compose.yaml", "../base.yml")).isEmpty();
    assertThat(SourceTree.resolve("compose.yaml", "/etc/compose.yml")).isEmpty();
    assertThat(SourceTree.resolve("compose.yaml", "~/compose.yml")).isEmpty();
    assertThat(SourceTree.NONE.read("anything")).isInstanceOf(Missing.class);
  }

  @Test
  void listsAndGlobsInsideTheRootOnly(@TempDir Path elsewhere) throws IOException {
    write("nginx/conf.d/a.conf", "a;\n");
    write("nginx/conf.d/b.conf", "b;\n");
    write("nginx/conf.d/.hidden.conf", "h;\n");
    write("nginx/conf.d/sub/c.conf", "c;\n");
    write("nginx/sites/x/site.conf", "x;\n");
    Files.writeString(elsewhere.resolve("out.conf"), "secret;\n");
    Files.createSymbolicLink(root.resolve("nginx/conf.d/link.conf"), elsewhere.resolve("out.conf"));
    Files.createSymbolicLink(root.resolve("nginx/outdir"), elsewhere);
    Path inside = root.resolve("nginx");

    assertThat(tree().list("nginx/conf.d"))
        .containsExactly(
            new SourceTree.Entry("nginx/conf.d/.hidden.conf", false),
            new SourceTree.Entry("nginx/conf.d/a.conf", false),
            new SourceTree.Entry("nginx/conf.d/b.conf", false),
            new SourceTree.Entry("nginx/conf.d/sub", true));
    assertThat(tree().glob("nginx/conf.d/*.conf", 100))
        .containsExactly("nginx/conf.d/a.conf", "nginx/conf.d/b.conf");
    assertThat(tree().glob("nginx/*/*/site.conf", 100)).containsExactly("nginx/sites/x/site.conf");
    assertThat(tree().glob("nginx/conf.d/[ab].conf", 100))
        .containsExactly("nginx/conf.d/a.conf", "nginx/conf.d/b.conf");
    assertThat(tree().glob("nginx/conf.d/?.conf", 1)).isEmpty();
    assertThat(tree().glob("nginx/outdir/*.conf", 100)).isEmpty();
    assertThat(tree().list("nginx/outdir")).isEmpty();
    ScannedTree sub = ScannedTree.of(inside, 1024, Files::readAllBytes);
    assertThat(sub.glob("../*", 100)).isEmpty();
    assertThat(sub.list("..")).isEmpty();
    assertThat(sub.glob("/etc/*", 100)).isEmpty();
    assertThat(sub.glob("conf.d/*.conf", 100)).containsExactly("conf.d/a.conf", "conf.d/b.conf");
    assertThat(SourceTree.NONE.glob("*", 100)).isEmpty();
  }
}
