package dev.rampart.discover;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * A project's {@code exclude:} patterns, matched as git matches {@code .gitignore} lines relative
 * to the scanned root: what they match, and everything under a directory they match, is not read.
 */
public final class Excludes {
  /** Why an excluded entry was not read. */
  public static final String REASON = "excluded by .rampart.yaml";

  private final IgnoreNode node;
  private final boolean empty;

  public Excludes(List<String> patterns) {
    this.node = new IgnoreNode(patterns.stream().map(FastIgnoreRule::new).toList());
    this.empty = patterns.isEmpty();
  }

  /**
   * Whether {@code relativePath} (with {@code /} separators) or a directory above it is excluded.
   */
  public boolean excludes(String relativePath, boolean directory) {
    if (empty || relativePath.isEmpty()) {
      return false;
    }
    if (node.isIgnored(relativePath, directory) == IgnoreNode.MatchResult.IGNORED) {
      return true;
    }
    for (int slash = relativePath.indexOf('/');
        slash > 0;
        slash = relativePath.indexOf('/', slash + 1)) {
      if (node.isIgnored(relativePath.substring(0, slash), true)
          == IgnoreNode.MatchResult.IGNORED) {
        return true;
      }
    }
    return false;
  }
}
