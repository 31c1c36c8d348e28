package dev.rampart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testing.Expectations.Located;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureSetupTest {
  @TempDir Path fixture;
  @TempDir Path copy;

  @Test
  void setsUpTheCopyAndLeavesTheManifestOut() throws Exception {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the fixture sets POSIX modes");
    TestTrees.write(
        fixture,
        FixtureSetup.FILE,
        """
        git:
          tracked: [.env]
        modes:
          .env: "0640"
          pgdata/: "0755"
        expect:
          pgdata: [RA-FS-005]
        """);
    TestTrees.write(fixture, "_gitignore", ".env\n");
    TestTrees.write(fixture, ".env", "A=1\n");

    FixtureSetup setup = FixtureSetup.read(fixture.resolve(FixtureSetup.FILE));
    setup.apply(fixture, copy);

    assertThat(copy.resolve(FixtureSetup.FILE)).doesNotExist();
    assertThat(copy.resolve("_gitignore")).doesNotExist();
    assertThat(copy.resolve(".gitignore")).hasContent(".env");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve(".env"))))
        .isEqualTo("rw-r-----");
    assertThat(copy.resolve("pgdata")).isDirectory();
    try (Repository repository =
        new FileRepositoryBuilder().setWorkTree(copy.toFile()).setMustExist(true).build()) {
      DirCache index = DirCache.read(repository);
      assertThat(index.getEntryCount()).isEqualTo(1);
      assertThat(index.getEntry(0).getPathString()).as("tracked though ignored").isEqualTo(".env");
    }
    assertThat(setup.expected()).containsExactly(new Located("pgdata", "RA-FS-005", 1));
  }
}
