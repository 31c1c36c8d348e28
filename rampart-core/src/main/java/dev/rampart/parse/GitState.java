package dev.rampart.parse;

/** What git knows of a path of the scanned tree. */
public enum GitState {
  /** The index holds it (for a directory: some file below it). */
  TRACKED,
  /** The scanned tree is in a git work tree, and its index does not hold the path. */
  UNTRACKED,
  /**
   * Not known: the tree is not in a git work tree, its index could not be read, or the path lies in
   * a submodule, whose files its own repository tracks.
   */
  UNKNOWN
}
