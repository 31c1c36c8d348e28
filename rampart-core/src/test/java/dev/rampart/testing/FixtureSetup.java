package dev.rampart.testing;

import dev.rampart.testing.Expectations.Located;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a tree fixture needs that static files cannot carry, read from its {@value #FILE}:
 *
 * <pre>
 * git:                      # make the copy a git work tree (omit: a tree outside git)
 *   tracked: [.env, app/README.md]   # added to the index, whatever the .gitignore files say
 * modes:                    # POSIX permission bits; a path ending in / is a directory,
 *   .env: "0644"            # created when the fixture has none
 *   pgdata/: "0755"
 * expect:                   # findings on entries that cannot hold a marker, at line 1
 *   pgdata: [RA-FS-005]
 * </pre>
 *
 * @param git whether the copy is a git work tree
 * @param tracked the paths added to its index
 * @param modes permission bits by path
 * @param expected the findings expected on entries without markers
 */
public record FixtureSetup(
    boolean git, List<String> tracked, Map<String, String> modes, Set<Located> expected) {
  /** The manifest's file name in a fixture folder; it is never scanned. */
  public static final String FILE = "fixture-setup.yaml";

  private static final String GITIGNORE = "_gitignore";

  /** Reads a manifest. */
  public static FixtureSetup read(Path manifest) {
    Object document =
        new Load(LoadSettings.builder().build()).loadFromString(Fixtures.read(manifest));
    Map<?, ?> root = document instanceof Map<?, ?> map ? map : Map.of();
    boolean git = root.containsKey("git");
    List<String> tracked = new ArrayList<>();
    if (root.get("git") instanceof Map<?, ?> gitSection
        && gitSection.get("tracked") instanceof List<?> paths) {
      paths.forEach(p -> tracked.add(String.valueOf(p)));
    }
    Map<String, String> modes = new LinkedHashMap<>();
    if (root.get("modes") instanceof Map<?, ?> given) {
      given.forEach((path, mode) -> modes.put(String.valueOf(path), String.valueOf(mode)));
    }
    Set<Located> expected = new TreeSet<>();
    if (root.get("expect") instanceof Map<?, ?> given) {
      given.forEach(
          (path, ids) -> {
            for (Object id : ids instanceof List<?> list ? list : List.of(ids)) {
              expected.add(new Located(String.valueOf(path), String.valueOf(id), 1));
            }
          });
    }
    return new FixtureSetup(git, tracked, modes, expected);
  }

  /** The name under which a fixture's file is scanned: {@code _gitignore} is {@code .gitignore}. */
  public static String scannedName(String relative) {
    String[] parts = relative.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals(GITIGNORE)) {
        parts[i] = ".gitignore";
      }
    }
    return String.join("/", parts);
  }

  /**
   * Copies the fixture at {@code from} to {@code to} as the manifest says: files first, then the
   * index (so that tracked files may be ignored ones), then the ignore files, then the modes.
   */
  public void apply(Path from, Path to) throws IOException {
    if (!modes.isEmpty()) {
      Assumptions.assumeTrue(
          FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
          "this fixture sets POSIX file modes, which this file system does not have");
    }
    Map<Path, Path> ignoreFiles = new LinkedHashMap<>();
    for (Path file : Fixtures.filesUnder(from)) {
      String relative = from.relativize(file).toString().replace('\\', '/');
      if (relative.equals(FILE)) {
        continue;
      }
      Path target = to.resolve(scannedName(relative));
      Files.createDirectories(target.getParent());
      if (file.getFileName().toString().equals(GITIGNORE)) {
        ignoreFiles.put(file, target);
      } else {
        Files.copy(file, target);
      }
    }
    if (git) {
      initialise(to);
    }
    for (Map.Entry<Path, Path> ignore : ignoreFiles.entrySet()) {
      Files.copy(ignore.getKey(), ignore.getValue());
    }
    for (Map.Entry<String, String> mode : modes.entrySet()) {
      Path target = to.resolve(mode.getKey());
      if (mode.getKey().endsWith("/")) {
        Files.createDirectories(target);
      }
      Files.setPosixFilePermissions(target, permissions(Integer.parseInt(mode.getValue(), 8)));
    }
  }

  private void initialise(Path to) throws IOException {
    for (String path : tracked) {
      if (!Files.exists(to.resolve(path))) {
        throw new IllegalStateException(FILE + " tracks " + path + ", which the fixture lacks");
      }
    }
    TestTrees.track(to, tracked.toArray(String[]::new));
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] byBit = {
      PosixFilePermission.OTHERS_EXECUTE,
      PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ
    };
    for (int bit = 0; bit < byBit.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        permissions.add(byBit[bit]);
      }
    }
    return permissions;
  }

  /** Deletes a fixture's copy, whatever modes it was given. */
  static void delete(Path copy) {
    try (Stream<Path> paths = Files.walk(copy)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
