package dev.rampart.format.files;

import dev.rampart.check.Recognizer;

/**
 * A file of the repository as its path shows it, for rules about what is committed at all (a key
 * store, later an {@code .env} file) rather than about what it says.
 *
 * @param path relative to the scanned root, with {@code /} separators
 */
public record RepositoryFile(String path) {

  /** The file name, without its directories. */
  public String name() {
    return Recognizer.fileName(path);
  }
}
