package dev.rampart.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.parse.FileFacts;
import dev.rampart.parse.GitState;
import dev.rampart.testing.TestTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk's git semantics: what is tracked is visited whatever the ignore files say. */
class TreeWalkerTest {
  @TempDir Path tree;

  /** What one walk reported. */
  private static final class Recorded implements WalkListener {
    final Map<String, FileFacts> files = new TreeMap<>();
    final Map<String, FileFacts> ignored = new TreeMap<>();
    final Map<String, FileFacts> directories = new TreeMap<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void file(Path file, long size, FileFacts facts) {
      files.put(facts.path(), facts);
    }

    @Override
    public void ignoredFile(Path file, FileFacts facts) {
      ignored.put(facts.path(), facts);
    }

    @Override
    public void directory(Path dir, FileFacts facts) {
      directories.put(facts.path(), facts);
    }

    @Override
    public void skipped(String relativePath, String reason) {}

    @Override
    public void error(String relativePath, String message) {
      errors.add(relativePath + ": " + message);
    }
  }

  private Recorded walk(Path root) throws IOException {
    Recorded recorded = new Recorded();
    new TreeWalker(root).walk(recorded);
    return recorded;
  }

  private void write(String path, String content) throws IOException {
    TestTrees.write(tree, path, content);
  }

  private void track(String... paths) throws IOException {
    TestTrees.track(tree, paths);
  }

  @Test
  void aTrackedFileIsVisitedThoughAGitignoreMatchesIt() throws Exception {
    write("app.env", "A=1\n");
    write("build/keep.txt", "kept\n");
    write("build/junk.txt", "junk\n");
    write("local.env", "B=2\n");
    write("Dockerfile", "FROM alpine\n");
    track("app.env", "build/keep.txt", "Dockerfile");
    write(".gitignore", "*.env\nbuild/\n");

    Recorded walked = walk(tree);

    assertThat(walked.files)
        .containsOnlyKeys(".gitignore", "Dockerfile", "app.env", "build/keep.txt");
    assertThat(walked.files.get("app.env").git()).isEqualTo(GitState.TRACKED);
    assertThat(walked.files.get("app.env").ignored()).isTrue();
    assertThat(walked.files.get(".gitignore").git()).isEqualTo(GitState.UNTRACKED);
    // An ignored, untracked file is offered for its path alone; so is one in an ignored folder.
    assertThat(walked.ignored).containsOnlyKeys("local.env", "build/junk.txt");
    assertThat(walked.directories.get("build").ignored()).isTrue();
    assertThat(walked.directories.get("build").git()).isEqualTo(GitState.TRACKED);
    assertThat(walked.directories.get("").workTreeRoot()).isTrue();
    assertThat(walked.errors).isEmpty();
  }

  @Test
  void anIgnoredDirectoryWithoutTrackedFilesIsNotEntered() throws Exception {
    write("node_modules/left-pad/package.json", "{}\n");
    write("Dockerfile", "FROM alpine\n");
    track("Dockerfile");
    write(".gitignore", "node_modules/\n");

    Recorded walked = walk(tree);

    assertThat(walked.files).containsOnlyKeys(".gitignore", "Dockerfile");
    assertThat(walked.ignored).isEmpty();
    assertThat(walked.directories).containsOnlyKeys("", "node_modules");
    assertThat(walked.directories.get("node_modules").ignored()).isTrue();
  }

  @Test
  void aSubdirectoryScanHonoursTheIgnoreFilesAboveIt() throws Exception {
    write("Dockerfile", "FROM alpine\n");
    write("services/api/.env", "A=1\n");
    write("services/api/debug.log", "x\n");
    write("services/api/notes.tmp", "x\n");
    write("services/api/Dockerfile", "FROM alpine\n");
    track("Dockerfile", "services/api/Dockerfile");
    write(".gitignore", ".env\n/services/api/*.log\n");
    write("services/.gitignore", "*.tmp\n");
    write(".git/info/exclude", "Dockerfile.local\n");
    write("services/api/Dockerfile.local", "FROM alpine\n");

    Recorded walked = walk(tree.resolve("services/api"));

    assertThat(walked.files).containsOnlyKeys("Dockerfile");
    assertThat(walked.files.get("Dockerfile").git()).isEqualTo(GitState.TRACKED);
    assertThat(walked.ignored)
        .containsOnlyKeys(".env", "debug.log", "notes.tmp", "Dockerfile.local");
    assertThat(walked.directories.get("").workTreeRoot())
        .as("not the top of the work tree")
        .isFalse();
  }

  @Test
  void outsideARepositoryNothingIsKnownOfGit() throws IOException {
    write(".gitignore", "*.log\n");
    write("a.log", "x\n");
    write("Dockerfile", "FROM alpine\n");

    Recorded walked = walk(tree);

    assertThat(walked.files).containsOnlyKeys(".gitignore", "Dockerfile");
    assertThat(walked.files.get("Dockerfile").git()).isEqualTo(GitState.UNKNOWN);
    assertThat(walked.ignored.get("a.log").git()).isEqualTo(GitState.UNKNOWN);
    assertThat(walked.directories.get("").workTreeRoot()).isFalse();
  }

  @Test
  void aDamagedIndexIsAnErrorAndTheTreeIsStillWalked() throws Exception {
    write("Dockerfile", "FROM alpine\n");
    track("Dockerfile");
    Files.writeString(tree.resolve(".git/index"), "not an index");

    Recorded walked = walk(tree);

    assertThat(walked.errors).singleElement().asString().contains("git index");
    assertThat(walked.files).containsOnlyKeys("Dockerfile");
    assertThat(walked.files.get("Dockerfile").git()).isEqualTo(GitState.UNKNOWN);
  }

  @Test
  void aFileScannedOnItsOwnKnowsWhetherItIsTrackedAndIgnored() throws Exception {
    write("app.env", "A=1\n");
    write("config/.env", "A=2\n");
    track("app.env");
    write(".gitignore", ".env\n");

    Recorded tracked = walk(tree.resolve("app.env"));
    Recorded ignored = walk(tree.resolve("config/.env"));

    assertThat(tracked.files).containsOnlyKeys("app.env");
    assertThat(tracked.files.get("app.env").git()).isEqualTo(GitState.TRACKED);
    assertThat(tracked.files.get("app.env").ignored()).isFalse();
    assertThat(ignored.files).as("asked for, so still scanned").containsOnlyKeys(".env");
    assertThat(ignored.files.get(".env").git()).isEqualTo(GitState.UNTRACKED);
    assertThat(ignored.files.get(".env").ignored()).isTrue();
  }
}
