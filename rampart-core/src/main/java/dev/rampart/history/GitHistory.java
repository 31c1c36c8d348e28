package dev.rampart.history;

import dev.rampart.model.Commit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdSubclassMap;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The commits of the repository that holds a scanned root, and the blobs each one introduced.
 *
 * <p>Each commit is compared with its first parent (a root commit with the empty tree), one tree
 * walk per commit that skips unchanged subtrees, and every regular file whose content the parent
 * did not have at that path is introduced there. A blob is reported once, at the first commit that
 * introduced it in commit-time order, whatever paths and commits carry it later.
 */
final class GitHistory implements AutoCloseable {
  private final Repository repository;
  private final String filter;
  private final String strip;

  private GitHistory(Repository repository, String filter, String strip) {
    this.repository = repository;
    this.filter = filter;
    this.strip = strip;
  }

  /**
   * The history of the work tree that holds {@code root}, limited to the files under it, or empty
   * when {@code root} is not inside a git work tree.
   */
  static Optional<GitHistory> open(Path root) throws IOException {
    Path real = root.toRealPath();
    Path dir = Files.isDirectory(real) ? real : real.getParent();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repository = builder.setMustExist(true).build();
    if (repository.isBare()) {
      repository.close();
      return Optional.empty();
    }
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    if (!real.startsWith(workTree)) {
      repository.close();
      return Optional.empty();
    }
    String filter = slashes(workTree.relativize(real));
    String strip = slashes(workTree.relativize(dir));
    return Optional.of(new GitHistory(repository, filter, strip.isEmpty() ? "" : strip + "/"));
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }

  /** Whether the repository is a shallow clone, whose oldest commits stand in for roots. */
  boolean shallow() throws IOException {
    Path file = repository.getDirectory().toPath().resolve(Constants.SHALLOW);
    return Files.isRegularFile(file) && Files.size(file) > 0;
  }

  Repository repository() {
    return repository;
  }

  /**
   * Walks the commits reachable from {@code HEAD} (or from every branch, tag and remote-tracking
   * branch), oldest first, and hands each newly introduced blob to {@code introduced}.
   *
   * @return how many commits were walked
   */
  long walk(boolean allRefs, Consumer<IntroducedBlob> introduced) throws IOException {
    ObjectIdSubclassMap<ObjectId> seen = new ObjectIdSubclassMap<>();
    long commits = 0;
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        TreeWalk tree = new TreeWalk(repository, reader)) {
      walk.setRetainBody(false);
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.sort(RevSort.REVERSE, true);
      if (markStarts(walk, allRefs) == 0) {
        return 0;
      }
      tree.setRecursive(true);
      tree.setFilter(
          filter.isEmpty()
              ? TreeFilter.ANY_DIFF
              : AndTreeFilter.create(PathFilter.create(filter), TreeFilter.ANY_DIFF));
      for (RevCommit commit : walk) {
        commits++;
        tree.reset();
        if (commit.getParentCount() == 0) {
          tree.addTree(new EmptyTreeIterator());
        } else {
          RevCommit parent = commit.getParent(0);
          walk.parseHeaders(parent);
          tree.addTree(parent.getTree());
        }
        tree.addTree(commit.getTree());
        Commit info = null;
        while (tree.next()) {
          if ((tree.getRawMode(1) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE
              || tree.idEqual(0, 1)) {
            continue; // deleted, a link or a submodule, or only its mode changed
          }
          ObjectId id = tree.getObjectId(1);
          if (seen.contains(id)) {
            continue;
          }
          seen.add(id);
          if (info == null) {
            info = commitOf(commit);
          }
          introduced.accept(
              new IntroducedBlob(
                  id,
                  tree.getPathString().substring(strip.length()),
                  info,
                  commit.getCommitTime()));
        }
      }
    }
    return commits;
  }

  private int markStarts(RevWalk walk, boolean allRefs) throws IOException {
    List<ObjectId> starts = new ArrayList<>();
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head != null) {
      starts.add(head);
    }
    if (allRefs) {
      for (Ref ref :
          repository
              .getRefDatabase()
              .getRefsByPrefix(Constants.R_HEADS, Constants.R_TAGS, Constants.R_REMOTES)) {
        if (ref.getObjectId() != null) {
          starts.add(ref.getObjectId());
        }
      }
    }
    int marked = 0;
    for (ObjectId start : starts) {
      RevObject object = walk.peel(walk.parseAny(start));
      if (object instanceof RevCommit commit) {
        walk.markStart(commit);
        marked++;
      }
      // A tag of a tree or a blob carries no commit to walk.
    }
    return marked;
  }

  private static Commit commitOf(RevCommit commit) {
    return new Commit(
        commit.getName(),
        DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(commit.getCommitTime())));
  }

  @Override
  public void close() {
    repository.close();
  }
}
