package dev.rampart.parse;

import java.util.OptionalInt;

/**
 * What is known about an entry of the tree without reading it: the facts that rules about the
 * repository (what is committed, what is ignored, who may read it) need.
 *
 * @param path relative to the scanned root, with {@code /} separators; the root itself is {@code
 *     ""}
 * @param directory whether the entry is a directory
 * @param git whether git tracks it
 * @param ignored whether a {@code .gitignore} (or {@code .git/info/exclude}) of the repository
 *     matches it, or a directory above it; a tracked file may be ignored too, since ignore rules do
 *     not apply to what is tracked
 * @param workTreeRoot whether the entry is the top directory of a git work tree
 * @param mode the POSIX permission bits ({@code 0644}), when the file system has them and the
 *     engine asked for them
 */
public record FileFacts(
    String path,
    boolean directory,
    GitState git,
    boolean ignored,
    boolean workTreeRoot,
    OptionalInt mode) {

  /** A file known by its path alone, such as a blob of history or a file scanned on its own. */
  public static FileFacts ofPath(String path) {
    return new FileFacts(path, false, GitState.UNKNOWN, false, false, OptionalInt.empty());
  }

  /** The same facts with the permission bits {@code mode}. */
  public FileFacts withMode(OptionalInt mode) {
    return new FileFacts(path, directory, git, ignored, workTreeRoot, mode);
  }
}
