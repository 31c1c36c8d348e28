package dev.rampart.discover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.ignore.IgnoreNode.MatchResult;

/**
 * The {@code .gitignore} files that apply to one directory: its own and its ancestors', nearest
 * first, up to the top of the work tree and the repository's {@code info/exclude}, matched with
 * JGit's implementation of git's rules.
 */
final class IgnoreRules {
  private final IgnoreRules parent;
  private final String base;
  private final String above;
  private final IgnoreNode node;

  private IgnoreRules(IgnoreRules parent, String base, String above, IgnoreNode node) {
    this.parent = parent;
    this.base = base;
    this.above = above;
    this.node = node;
  }

  static IgnoreRules none() {
    return new IgnoreRules(null, "", "", new IgnoreNode());
  }

  /**
   * An ignore file that applies from above the scanned root.
   *
   * @param file the ignore file
   * @param below the path of the scanned root relative to the directory {@code file} applies to,
   *     ending in {@code /}
   */
  record Source(Path file, String below) {}

  /** The rules of {@code sources}, outermost first, on top of none. */
  static IgnoreRules above(java.util.List<Source> sources) throws IOException {
    IgnoreRules rules = none();
    for (Source source : sources) {
      IgnoreNode node = new IgnoreNode();
      if (load(node, source.file())) {
        rules = new IgnoreRules(rules, "", source.below(), node);
      }
    }
    return rules;
  }

  /**
   * The rules for directory {@code dir} (relative path {@code relativeDir}): this directory's
   * {@code .gitignore}, if any, on top of the inherited ones.
   */
  IgnoreRules enter(Path dir, String relativeDir) throws IOException {
    IgnoreNode own = new IgnoreNode();
    return load(own, dir.resolve(".gitignore"))
        ? new IgnoreRules(this, relativeDir, "", own)
        : this;
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
          rules.above
              + (rules.base.isEmpty()
                  ? relativePath
                  : relativePath.substring(rules.base.length() + 1));
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
