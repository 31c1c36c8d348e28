package dev.rampart.discover;

import dev.rampart.parse.FileFacts;
import java.nio.file.Path;

/** Receives what the tree walk finds. Called from the walking thread only. */
public interface WalkListener {

  /** A regular file to consider: not ignored, or tracked by git (ignore rules do not apply). */
  void file(Path file, long size, FileFacts facts);

  /**
   * A regular file that git ignores and does not track: not part of the repository, so its content
   * is no business of the scan, but what it is and who may read it on this disk can be (a local
   * {@code .env}). Only files in visited directories are reported, not those below an ignored
   * directory.
   */
  default void ignoredFile(Path file, FileFacts facts) {}

  /**
   * A directory, the root ({@code ""}) included, as it is entered; an ignored directory too, just
   * before its subtree is passed over.
   */
  default void directory(Path dir, FileFacts facts) {}

  /** Something not visited, counted by reason so that nothing is skipped silently. */
  void skipped(String relativePath, String reason);

  /** Something that should have been visited and could not be. */
  void error(String relativePath, String message);
}
