package dev.rampart.rules.dockerfile;

import dev.rampart.check.Findings;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.Word;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The shared walk of the version-pinning rules: every install of the given package managers whose
 * package words do not all pin a version gets one finding, at the program, naming the packages.
 */
final class UnpinnedPackages {
  private static final int NAMES_SHOWN = 5;

  private UnpinnedPackages() {}

  /**
   * Reports the installs of {@code managers} in {@code file} with a package word that {@code
   * pinned} does not accept. A word that is only a variable ({@code $PACKAGES}) is not judged: its
   * value is not known here.
   *
   * @param example how a pinned package is written, for the message: {@code curl=7.88.1-10}
   */
  static void report(
      Dockerfile file,
      Findings out,
      Predicate<Manager> managers,
      BiPredicate<Install, Word> pinned,
      String example) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      for (Install install : PackageInstalls.in(run.instruction().script())) {
        if (!managers.test(install.manager())) {
          continue;
        }
        List<Word> unpinned =
            install.packages().stream()
                .filter(word -> !word.text().startsWith("$") && !word.text().isEmpty())
                .filter(word -> !pinned.test(install, word))
                .toList();
        if (!unpinned.isEmpty()) {
          out.report(
              install.position(),
              run.stage().label(),
              "`"
                  + install.invocation()
                  + "` takes whatever version of "
                  + names(unpinned)
                  + " the index offers at build time: pin "
                  + (unpinned.size() == 1 ? "it" : "each")
                  + " as `"
                  + example
                  + "`.");
        }
      }
    }
  }

  private static String names(List<Word> words) {
    String shown =
        words.stream().limit(NAMES_SHOWN).map(Word::text).collect(Collectors.joining(", "));
    return words.size() > NAMES_SHOWN
        ? shown + " and " + (words.size() - NAMES_SHOWN) + " more"
        : shown;
  }

  /** True for a package given as a file or directory: {@code ./pkg.deb}, {@code /tmp/x.apk}. */
  static boolean isLocalPath(String word) {
    return word.startsWith("/")
        || word.startsWith("./")
        || word.startsWith("../")
        || word.startsWith("~/")
        || word.equals(".");
  }
}
