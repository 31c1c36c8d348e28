package dev.rampart.discover;

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

/**
 * Walks a directory tree the way a user of git expects: {@code .git/} and git-ignored entries are
 * not visited, and symbolic links are followed only while they stay inside the scanned root, so a
 * link can neither leak files from elsewhere nor loop forever.
 */
public final class TreeWalker {
  private final Path root;
  private final Path realRoot;

  public TreeWalker(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
  }

  public void walk(WalkListener listener) throws IOException {
    Deque<IgnoreRules> ignores = new ArrayDeque<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            String relative = relativize(dir);
            if (!relative.isEmpty()) {
              if (dir.getFileName().toString().equals(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (ignores.peek().isIgnored(relative, true)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (leavesRoot(dir)) {
                listener.skipped(relative, "link outside the scanned root");
                return FileVisitResult.SKIP_SUBTREE;
              }
            }
            IgnoreRules parent = relative.isEmpty() ? IgnoreRules.none() : ignores.peek();
            try {
              Path[] extra =
                  relative.isEmpty() ? new Path[] {dir.resolve(".git/info/exclude")} : new Path[0];
              ignores.push(parent.enter(dir, relative, extra));
            } catch (IOException e) {
              listener.error(relative + "/.gitignore", "could not read .gitignore: " + reason(e));
              ignores.push(parent);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            ignores.pop();
            if (failure != null) {
              listener.error(relativize(dir), "could not list directory: " + reason(failure));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relativize(file);
            if (relative.isEmpty()) {
              // The root itself is a file: scan just that file.
              relative = file.getFileName().toString();
            } else if (ignores.peek().isIgnored(relative, false)) {
              return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) {
              listener.skipped(relative, "not a regular file");
            } else if (leavesRoot(file)) {
              listener.skipped(relative, "link outside the scanned root");
            } else {
              listener.file(file, relative, attrs.size());
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
