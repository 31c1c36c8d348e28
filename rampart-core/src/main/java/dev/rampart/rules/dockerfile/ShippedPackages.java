package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operating-system packages the shipped image keeps: installed by a {@code RUN} of the final
 * stage or of a stage it builds on, and not removed again later ({@code apk del .build-deps},
 * {@code apt-get purge -y gcc}).
 */
final class ShippedPackages {
  private ShippedPackages() {}

  /**
   * One package word of an install.
   *
   * @param name the package's name without version or architecture
   */
  record Installed(Stage stage, Install install, Word word, String name) {}

  static List<Installed> of(Dockerfile file) {
    List<Stage> buildOrder = new ArrayList<>(file.shippedStages());
    Collections.reverse(buildOrder);
    List<Installed> kept = new ArrayList<>();
    for (Stage stage : buildOrder) {
      // ONBUILD RUN installs into the images built FROM this one, not into this one.
      for (Instruction run : stage.instructions("RUN")) {
        for (ShellCommand command : run.script().commands()) {
          PackageInstalls.of(command)
              .filter(install -> install.manager().isSystem())
              .ifPresent(install -> keep(stage, install, kept));
          PackageInstalls.removalOf(command)
              .filter(removal -> removal.manager().isSystem())
              .ifPresent(removal -> forget(removal, kept));
        }
      }
    }
    return kept;
  }

  private static void keep(Stage stage, Install install, List<Installed> kept) {
    for (Word word : install.packages()) {
      kept.add(new Installed(stage, install, word, install.nameOf(word)));
    }
  }

  private static void forget(Install removal, List<Installed> kept) {
    Set<String> removed =
        removal.packages().stream().map(removal::nameOf).collect(Collectors.toSet());
    kept.removeIf(
        installed ->
            removed.contains(installed.name())
                || virtualName(installed.install()).filter(removed::contains).isPresent());
  }

  // apk add --virtual .build-deps gcc: "apk del .build-deps" removes gcc too.
  private static Optional<String> virtualName(Install install) {
    if (install.manager() != Manager.APK) {
      return Optional.empty();
    }
    return install.optionValue("--virtual", "-t").filter(name -> !name.isEmpty());
  }
}
