package dev.rampart.discover;

import dev.rampart.parse.FileFacts;
import dev.rampart.parse.GitState;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * Walks a directory tree the way a user of git expects: {@code .git/} is not visited, git-ignored
 * entries are not visited unless git tracks them (ignore rules apply only to untracked files), and
 * symbolic links are followed only while they stay inside the scanned root, so a link can neither
 * leak files from elsewhere nor loop forever.
 */
public final class TreeWalker {
  /** Why an entry a project's {@code exclude:} matches was not read. */
  public static final String EXCLUDED = Excludes.REASON;

  private final Path root;
  private final Path realRoot;
  private final Excludes excludes;

  public TreeWalker(Path root) throws IOException {
    this(root, new Excludes(List.of()));
  }

  /**
   * @param excludes entries not to visit (each file is reported as skipped, {@link #EXCLUDED}),
   *     whether git tracks them or not
   */
  public TreeWalker(Path root, Excludes excludes) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
    this.excludes = excludes;
  }

  private boolean isExcluded(String relative, boolean directory) {
    return excludes.excludes(relative, directory);
  }

  public void walk(WalkListener listener) throws IOException {
    GitIndex index = openIndex(listener);
    Deque<Frame> frames = new ArrayDeque<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            String relative = relativize(dir);
            boolean ignored = false;
            if (!relative.isEmpty()) {
              if (dir.getFileName().toString().equals(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (leavesRoot(dir)) {
                listener.skipped(relative, "link outside the scanned root");
                return FileVisitResult.SKIP_SUBTREE;
              }
              Frame parent = frames.peek();
              ignored = parent.ignored() || parent.rules().isIgnored(relative, true);
              boolean excludedHere = parent.excluded() || isExcluded(relative, true);
              if (ignored && !index.holdsTracked(relative)) {
                if (!excludedHere) {
                  listener.directory(dir, facts(index, relative, true, true));
                }
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (excludedHere) {
                // Listed, so that each file under it is counted, but nothing in it is read.
                frames.push(new Frame(parent.rules(), ignored, true));
                return FileVisitResult.CONTINUE;
              }
            }
            listener.directory(dir, facts(index, relative, true, ignored));
            IgnoreRules parent =
                relative.isEmpty() ? rootRules(index, listener) : frames.peek().rules();
            try {
              frames.push(new Frame(parent.enter(dir, relative), ignored, false));
            } catch (IOException e) {
              listener.error(
                  (relative.isEmpty() ? "" : relative + "/") + ".gitignore",
                  "could not read .gitignore: " + reason(e));
              frames.push(new Frame(parent, ignored, false));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            frames.pop();
            if (failure != null) {
              listener.error(relativize(dir), "could not list directory: " + reason(failure));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relativize(file);
            boolean ignored = false;
            boolean root = relative.isEmpty();
            if (root) {
              // The root itself is a file: scan just that file, whatever ignores it, but say so.
              relative = file.getFileName().toString();
              ignored = index.inRepository() && ignoredInItsFolder(index, file, relative, listener);
            } else {
              Frame frame = frames.peek();
              ignored = frame.ignored() || frame.rules().isIgnored(relative, false);
              if (frame.excluded() || isExcluded(relative, false)) {
                // What git ignores is left out anyway; only what the scan would read is counted.
                if (!ignored || index.state(relative, false) == GitState.TRACKED) {
                  listener.skipped(relative, EXCLUDED);
                }
                return FileVisitResult.CONTINUE;
              }
            }
            FileFacts facts = facts(index, relative, false, ignored);
            if (!attrs.isRegularFile()) {
              if (!ignored || facts.git() == GitState.TRACKED) {
                listener.skipped(relative, "not a regular file");
              }
            } else if (leavesRoot(file)) {
              if (!ignored || facts.git() == GitState.TRACKED) {
                listener.skipped(relative, "link outside the scanned root");
              }
            } else if (ignored && !root && facts.git() != GitState.TRACKED) {
              listener.ignoredFile(file, facts);
            } else {
              listener.file(file, attrs.size(), facts);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException failure) {
            String relative = relativize(file);
            if (failure instanceof FileSystemLoopException) {
              listener.error(relative, "symbolic link loop: it leads back to a directory above it");
            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
              listener.skipped(relative, "broken symbolic link");
            } else {
              listener.error(relative, "could not read: " + reason(failure));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * The ignore rules of a directory, whether the directory itself is ignored, and whether a
   * project's {@code exclude:} leaves it out.
   */
  private record Frame(IgnoreRules rules, boolean ignored, boolean excluded) {}

  private GitIndex openIndex(WalkListener listener) {
    Path dir = Files.isDirectory(realRoot) ? realRoot : realRoot.getParent();
    try {
      return GitIndex.open(dir);
    } catch (IOException e) {
      listener.error(".git/index", "could not read the git index: " + reason(e));
      return GitIndex.none();
    } catch (RuntimeException e) {
      // JGit's own failures on a damaged repository: the tree is still worth scanning.
      listener.error(".git", "could not read the git repository: " + e.getClass().getSimpleName());
      return GitIndex.none();
    }
  }

  // The ignore files above the root: the repository's info/exclude and the .gitignore files of
  // the directories between the top of the work tree and the root.
  private static IgnoreRules rootRules(GitIndex index, WalkListener listener) {
    try {
      return IgnoreRules.above(index.ancestorIgnoreFiles());
    } catch (IOException e) {
      listener.error(".gitignore", "could not read the ignore files above the root: " + reason(e));
      return IgnoreRules.none();
    }
  }

  // Whether the ignore files of the repository match a file scanned on its own.
  private static boolean ignoredInItsFolder(
      GitIndex index, Path file, String name, WalkListener listener) {
    try {
      return rootRules(index, listener).enter(file.getParent(), "").isIgnored(name, false);
    } catch (IOException e) {
      listener.error(".gitignore", "could not read .gitignore: " + reason(e));
      return false;
    }
  }

  private static FileFacts facts(
      GitIndex index, String relative, boolean directory, boolean ignored) {
    return new FileFacts(
        relative,
        directory,
        index.state(relative, directory),
        ignored,
        directory && index.isWorkTreeRoot(relative),
        OptionalInt.empty());
  }

  // Only the link itself needs resolving: whatever lies below a directory inside the root is
  // inside it too, unless it is a link, which is checked on its own.
  private boolean leavesRoot(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return false;
    }
    try {
      return !path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return true;
    }
  }

  private String relativize(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  /** A short, content-free description of an I/O failure. */
  public static String reason(IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file";
      default -> kind;
    };
  }
}
