package dev.rampart.discover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.ignore.IgnoreNode.MatchResult;

/**
 * The {@code .gitignore} files that apply to one directory: its own and its ancestors', nearest
 * first, matched with JGit's implementation of git's rules.
 */
final class IgnoreRules {
  private final IgnoreRules parent;
  private final String base;
  private final IgnoreNode node;

  private IgnoreRules(IgnoreRules parent, String base, IgnoreNode node) {
    this.parent = parent;
    this.base = base;
    this.node = node;
  }

  static IgnoreRules none() {
    return new IgnoreRules(null, "", new IgnoreNode());
  }

  /**
   * The rules for directory {@code dir} (relative path {@code relativeDir}): this directory's
   * {@code .gitignore}, if any, on top of the inherited ones.
   */
  IgnoreRules enter(Path dir, String relativeDir, Path... extraFiles) throws IOException {
    IgnoreNode own = new IgnoreNode();
    boolean any = false;
    for (Path file : extraFiles) {
      any |= load(own, file);
    }
    any |= load(own, dir.resolve(".gitignore"));
    return any ? new IgnoreRules(this, relativeDir, own) : this;
  }

  private static boolean load(IgnoreNode node, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    }
    return true;
  }

  /** Whether git would ignore the entry at {@code relativePath}. */
  boolean isIgnored(String relativePath, boolean directory) {
    for (IgnoreRules rules = this; rules != null; rules = rules.parent) {
      String local =
          rules.base.isEmpty() ? relativePath : relativePath.substring(rules.base.length() + 1);
      MatchResult result = rules.node.isIgnored(local, directory);
      if (result == MatchResult.IGNORED) {
        return true;
      }
      if (result == MatchResult.NOT_IGNORED) {
        return false;
      }
    }
    return false;
  }
}
