package dev.rampart.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Builds small trees and git work trees for tests. */
public final class TestTrees {
  private TestTrees() {}

  /** Writes {@code content} to {@code path} under {@code root}, creating its folders. */
  public static Path write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /**
   * Makes {@code root} a git work tree (if it is not one yet) and adds {@code paths} to its index.
   * Add files before writing the .gitignore that matches them: git adds no ignored file.
   */
  public static void track(Path root, String... paths) throws IOException {
    try (Git git = Git.init().setDirectory(root.toFile()).call()) {
      if (paths.length > 0) {
        AddCommand add = git.add();
        for (String path : paths) {
          add.addFilepattern(path);
        }
        add.call();
      }
    } catch (GitAPIException e) {
      throw new IOException("could not set up the test repository", e);
    }
  }
}
