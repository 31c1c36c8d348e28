package dev.rampart.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

  /**
   * The entries of the directory at {@code directory} (relative to the root, {@code ""} for the
   * root itself), sorted by name: the same confinement as {@link #read} applies, so a directory
   * outside the root, or an entry that is a link leading out of it, is never listed. Empty when
   * there is no such directory. Never throws.
   */
  default List<Entry> list(String directory) {
    return List.of();
  }

  /** One entry of a directory: its path relative to the root, and whether it is a directory. */
  record Entry(String path, boolean directory) {}

  /**
   * The files of the tree matching {@code pattern}, a path relative to the root whose segments may
   * hold the wildcards {@code *}, {@code ?} and {@code [...]} of glob(3) (which never match a
   * {@code /}, nor a leading {@code .}), sorted. Empty when the pattern climbs above the root, or
   * when more than {@code limit} files would match (the caller says so).
   */
  default List<String> glob(String pattern, int limit) {
    Optional<String> normal = resolve("", pattern);
    if (normal.isEmpty()) {
      return List.of();
    }
    List<String> current = List.of("");
    String[] segments = normal.get().split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      List<String> next = new ArrayList<>();
      for (String dir : current) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        if (!Glob.hasWildcard(segments[i])) {
          next.add(prefix + segments[i]);
          continue;
        }
        Pattern segment = Glob.toRegex(segments[i]);
        for (Entry entry : list(dir)) {
          String name = entry.path().substring(entry.path().lastIndexOf('/') + 1);
          if (entry.directory() != last && segment.matcher(name).matches()) {
            next.add(entry.path());
          }
        }
      }
      if (next.size() > limit) {
        return List.of();
      }
      current = next;
    }
    return current.stream().filter(path -> read(path) instanceof Found).sorted().toList();
  }

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
