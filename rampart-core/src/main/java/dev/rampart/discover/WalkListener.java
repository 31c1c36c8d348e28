package dev.rampart.discover;

import java.nio.file.Path;

/** Receives what the tree walk finds. Called from the walking thread only. */
public interface WalkListener {

  /** A regular file to consider. */
  void file(Path file, String relativePath, long size);

  /** Something not visited, counted by reason so that nothing is skipped silently. */
  void skipped(String relativePath, String reason);

  /** Something that should have been visited and could not be. */
  void error(String relativePath, String message);
}
