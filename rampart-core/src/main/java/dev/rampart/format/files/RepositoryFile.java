package dev.rampart.format.files;

import dev.rampart.check.Recognizer;
import dev.rampart.parse.FileFacts;
import dev.rampart.parse.GitState;

/**
 * An entry of the repository as the walk sees it, without its content: for rules about what is
 * committed, ignored or readable at all (a key store, an {@code .env} file, a data directory)
 * rather than about what a file says.
 *
 * @param facts what the walk knows of it: git state, ignore files, permissions
 */
public record RepositoryFile(FileFacts facts) {

  /** Relative to the scanned root, with {@code /} separators; {@code ""} for the root. */
  public String path() {
    return facts.path();
  }

  /** The file name, without its directories. */
  public String name() {
    return Recognizer.fileName(facts.path());
  }

  /** The directory that holds it, {@code ""} at the root. */
  public String parent() {
    int slash = facts.path().lastIndexOf('/');
    return slash < 0 ? "" : facts.path().substring(0, slash);
  }

  /** Whether it is the scanned root directory. */
  public boolean isRoot() {
    return facts.directory() && facts.path().isEmpty();
  }

  public boolean tracked() {
    return facts.git() == GitState.TRACKED;
  }

  /**
   * Whether it is part of the repository: tracked, or not ignored (a file outside git is part of
   * the tree scanned). A git-ignored, untracked file is only on this disk.
   */
  public boolean inRepository() {
    return tracked() || !facts.ignored();
  }

  /** Its permission bits as {@code ls -l} users write them, such as {@code 0644}; or empty. */
  public java.util.Optional<String> octalMode() {
    return facts.mode().isPresent()
        ? java.util.Optional.of(String.format("%04o", facts.mode().getAsInt()))
        : java.util.Optional.empty();
  }

  /** Whether its permission bits are known and grant anything to group or others. */
  public boolean openToGroupOrOthers() {
    return facts.mode().isPresent() && (facts.mode().getAsInt() & 077) != 0;
  }
}
