package dev.rampart.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The other files of the scanned tree, for a parser whose format refers to them: the {@code .env}
 * beside a Compose file, the file an {@code extends} or {@code include} names, an nginx {@code
 * include}. Paths are relative to the scanned root, with {@code /} separators; the engine confines
 * every read to that root (no {@code ..} above it, no symbolic link out of it) and to the scan's
 * {@code --max-file-size}. Standard input has no tree: {@link #NONE} finds nothing.
 */
@FunctionalInterface
public interface SourceTree {

  /** No neighbours: every read is {@link Missing}. */
  SourceTree NONE = path -> new Missing();

  /** The file at {@code path}, relative to the scanned root. Never throws. */
  Read read(String path);

  /** What a read found. */
  sealed interface Read permits Found, Missing, Refused {}

  /** The file, decoded. */
  record Found(SourceText text) implements Read {}

  /** No file at that path. */
  record Missing() implements Read {}

  /**
   * A file that exists, or a path that may not be followed, but was not read.
   *
   * @param reason why, for a parse problem: {@code outside the scanned root}, {@code over the 10.0
   *     MB limit (--max-file-size)}, {@code binary}, {@code could not read: ...}
   */
  record Refused(String reason) implements Read {}

  /**
   * {@code reference} as written in the file at {@code from} (both relative to the root), resolved
   * against that file's directory and normalised: {@code deploy/compose.yaml} and {@code
   * ../base.yml} give {@code base.yml}. Empty when it is absolute or climbs above the root.
   */
  static Optional<String> resolve(String from, String reference) {
    String ref = reference.replace('\\', '/');
    if (ref.isEmpty()
        || ref.startsWith("/")
        || ref.startsWith("~")
        || ref.matches("^[A-Za-z]:/.*")) {
      return Optional.empty();
    }
    int slash = from.lastIndexOf('/');
    String joined = slash < 0 ? ref : from.substring(0, slash + 1) + ref;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/", -1)) {
      if (part.equals("..")) {
        if (parts.pollLast() == null) {
          return Optional.empty();
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
