package dev.rampart;

import dev.rampart.discover.Excludes;
import dev.rampart.discover.FileContent;
import dev.rampart.discover.TreeWalker;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
  private final Excludes excludes;

  /**
   * @param root the scanned directory, or the directory of the one file scanned
   * @param excludes paths a project's {@code exclude:} leaves out, refused as the walk skips them
   */
  ScannedTree(Path root, long maxFileSize, Engine.FileReader reader, Excludes excludes)
      throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
    this.maxFileSize = maxFileSize;
    this.reader = reader;
    this.excludes = excludes;
  }

  /** The tree of a scan of {@code scanned}, a directory or a file (whose directory it reads). */
  static ScannedTree of(Path scanned, long maxFileSize, Engine.FileReader reader)
      throws IOException {
    return of(scanned, maxFileSize, reader, new Excludes(List.of()));
  }

  /** The tree of a scan of {@code scanned}, without what {@code excludes} leaves out. */
  static ScannedTree of(Path scanned, long maxFileSize, Engine.FileReader reader, Excludes excludes)
      throws IOException {
    Path absolute = scanned.toAbsolutePath().normalize();
    Path directory =
        Files.isDirectory(absolute) || absolute.getParent() == null
            ? absolute
            : absolute.getParent();
    return new ScannedTree(directory, maxFileSize, reader, excludes);
  }

  @Override
  public List<Entry> list(String directory) {
    Optional<String> normal =
        directory.isEmpty() ? Optional.of("") : SourceTree.resolve("", directory);
    if (normal.isEmpty()) {
      return List.of();
    }
    Path dir = root.resolve(normal.get());
    List<Entry> entries = new ArrayList<>();
    try {
      if (!dir.toRealPath().startsWith(realRoot) || !Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.sorted().toList()) {
          String name = child.getFileName().toString();
          String path = normal.get().isEmpty() ? name : normal.get() + "/" + name;
          if (!excludes.excludes(path, Files.isDirectory(child))) {
            inside(child).ifPresent(real -> entries.add(new Entry(path, Files.isDirectory(real))));
          }
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return List.copyOf(entries);
  }

  /** The real path of {@code entry} when it stays inside the root: a link out of it is none. */
  private Optional<Path> inside(Path entry) {
    try {
      Path real = entry.toRealPath();
      return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Read read(String path) {
    Optional<String> normal = SourceTree.resolve("", path);
    if (normal.isEmpty()) {
      return new Refused("outside the scanned root");
    }
    Path file = root.resolve(normal.get());
    if (excludes.excludes(normal.get(), false)) {
      return new Refused(Excludes.REASON);
    }
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
