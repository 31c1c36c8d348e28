package dev.rampart;

import dev.rampart.discover.FileContent;
import dev.rampart.discover.TreeWalker;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a scanned directory, for parsers that read a file's neighbours. A read stays inside
 * the root: a path climbing above it, or a symbolic link that leads out of it, is refused, as the
 * tree walk refuses them. Files over {@code --max-file-size} and binary files are refused too.
 */
final class ScannedTree implements SourceTree {
  private final Path root;
  private final Path realRoot;
  private final long maxFileSize;
  private final Engine.FileReader reader;

  /**
   * @param root the scanned directory, or the directory of the one file scanned
   */
  ScannedTree(Path root, long maxFileSize, Engine.FileReader reader) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
    this.maxFileSize = maxFileSize;
    this.reader = reader;
  }

  /** The tree of a scan of {@code scanned}, a directory or a file (whose directory it reads). */
  static ScannedTree of(Path scanned, long maxFileSize, Engine.FileReader reader)
      throws IOException {
    Path absolute = scanned.toAbsolutePath().normalize();
    Path directory =
        Files.isDirectory(absolute) || absolute.getParent() == null
            ? absolute
            : absolute.getParent();
    return new ScannedTree(directory, maxFileSize, reader);
  }

  @Override
  public Read read(String path) {
    Optional<String> normal = SourceTree.resolve("", path);
    if (normal.isEmpty()) {
      return new Refused("outside the scanned root");
    }
    Path file = root.resolve(normal.get());
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Missing();
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot)) {
        return new Refused("a link outside the scanned root");
      }
      if (!Files.isRegularFile(real)) {
        return new Refused("not a regular file");
      }
      long size = Files.size(real);
      if (size > maxFileSize) {
        return new Refused(
            String.format(
                "over the %.1f MB limit (--max-file-size)", maxFileSize / (1024.0 * 1024.0)));
      }
      Optional<SourceText> text = FileContent.decode(normal.get(), reader.read(real));
      return text.<Read>map(Found::new).orElseGet(() -> new Refused("binary, not text"));
    } catch (IOException e) {
      // A link to nowhere (or a loop) exists without following but has no real path.
      return new Refused("could not read: " + TreeWalker.reason(e));
    } catch (OutOfMemoryError e) {
      return new Refused("out of memory while reading it");
    }
  }
}
