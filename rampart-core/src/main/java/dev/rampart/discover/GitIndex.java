package dev.rampart.discover;

import dev.rampart.parse.GitState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The paths that git tracks under a scanned root, read once from the index of the work tree that
 * holds it (no object is read, nothing goes over the network). Paths are relative to the scanned
 * root.
 */
final class GitIndex {
  private static final GitIndex NONE = new GitIndex(null, "", Set.of(), Set.of(), Set.of(), null);

  private final Path workTree;
  private final String prefix;
  private final Set<String> tracked;
  private final Set<String> trackedDirectories;
  private final Set<String> submodules;
  private final Path infoExclude;

  private GitIndex(
      Path workTree,
      String prefix,
      Set<String> tracked,
      Set<String> trackedDirectories,
      Set<String> submodules,
      Path infoExclude) {
    this.workTree = workTree;
    this.prefix = prefix;
    this.tracked = tracked;
    this.trackedDirectories = trackedDirectories;
    this.submodules = submodules;
    this.infoExclude = infoExclude;
  }

  /** No repository: every path is {@link GitState#UNKNOWN}. */
  static GitIndex none() {
    return NONE;
  }

  /**
   * The index of the work tree holding the directory {@code realDir}, or {@link #none()} when it is
   * in none.
   *
   * @throws IOException when there is a repository and its index cannot be read
   */
  static GitIndex open(Path realDir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    try {
      builder.findGitDir(realDir.toFile());
    } catch (IllegalArgumentException e) {
      return NONE;
    }
    if (builder.getGitDir() == null) {
      return NONE;
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return NONE;
      }
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      if (!realDir.startsWith(workTree)) {
        return NONE;
      }
      String prefix = workTree.relativize(realDir).toString().replace('\\', '/');
      prefix = prefix.isEmpty() ? "" : prefix + "/";
      DirCache index = DirCache.read(repository);
      Set<String> tracked = new HashSet<>();
      Set<String> directories = new HashSet<>();
      Set<String> submodules = new HashSet<>();
      for (int i = 0; i < index.getEntryCount(); i++) {
        DirCacheEntry entry = index.getEntry(i);
        String path = entry.getPathString();
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
          continue;
        }
        String relative = path.substring(prefix.length());
        if (entry.getFileMode() == FileMode.GITLINK) {
          submodules.add(relative);
        } else {
          tracked.add(relative);
        }
        for (int slash = relative.lastIndexOf('/');
            slash > 0;
            slash = relative.lastIndexOf('/', slash - 1)) {
          if (!directories.add(relative.substring(0, slash))) {
            break;
          }
        }
      }
      Path exclude = repository.getDirectory().toPath().resolve("info/exclude");
      return new GitIndex(workTree, prefix, tracked, directories, submodules, exclude);
    }
  }

  /** Whether the scanned root is in a git work tree whose index was read. */
  boolean inRepository() {
    return workTree != null;
  }

  /** Whether {@code relativeDir} is the top of the work tree. */
  boolean isWorkTreeRoot(String relativeDir) {
    return inRepository() && prefix.isEmpty() && relativeDir.isEmpty();
  }

  /** What git knows of the file or directory {@code relative}. */
  GitState state(String relative, boolean directory) {
    if (!inRepository() || inSubmodule(relative)) {
      return GitState.UNKNOWN;
    }
    boolean held =
        directory
            ? relative.isEmpty() || trackedDirectories.contains(relative)
            : tracked.contains(relative);
    return held ? GitState.TRACKED : GitState.UNTRACKED;
  }

  /** Whether some tracked file lies below the directory {@code relativeDir}. */
  boolean holdsTracked(String relativeDir) {
    return trackedDirectories.contains(relativeDir) || submodules.contains(relativeDir);
  }

  private boolean inSubmodule(String relative) {
    if (submodules.isEmpty()) {
      return false;
    }
    for (int slash = relative.indexOf('/'); ; slash = relative.indexOf('/', slash + 1)) {
      String head = slash < 0 ? relative : relative.substring(0, slash);
      if (submodules.contains(head)) {
        return true;
      }
      if (slash < 0) {
        return false;
      }
    }
  }

  /**
   * The ignore files that apply to the scanned root from above it, outermost first: the
   * repository's {@code info/exclude}, then the {@code .gitignore} of each directory from the top
   * of the work tree down to the root's parent. Each comes with the root's path relative to the
   * directory it applies to.
   */
  List<IgnoreRules.Source> ancestorIgnoreFiles() {
    List<IgnoreRules.Source> sources = new ArrayList<>();
    if (!inRepository()) {
      return sources;
    }
    sources.add(new IgnoreRules.Source(infoExclude, prefix));
    String[] parts = prefix.isEmpty() ? new String[0] : prefix.split("/", -1);
    Path dir = workTree;
    // parts ends with "" after the trailing slash: the root itself, whose own .gitignore the walk
    // reads as it enters it.
    for (int i = 0; i < parts.length - 1; i++) {
      String below = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
      Path gitignore = dir.resolve(".gitignore");
      if (Files.isRegularFile(gitignore)) {
        sources.add(new IgnoreRules.Source(gitignore, below));
      }
      dir = dir.resolve(parts[i]);
    }
    return sources;
  }
}
