package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.Caches.ShippedInstall;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-DF-016",
    title = "pip installs without keeping its download cache in the image",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3042"},
    rationale =
        "pip keeps every wheel and source archive it downloads in ~/.cache/pip. In an image"
            + " that cache is never reused, yet it stays in the layer: often more megabytes than"
            + " the installed packages themselves. Stages that no shipped image builds on are not"
            + " checked.",
    remediation =
        "Add `--no-cache-dir` (`pip install --no-cache-dir -r requirements.txt`), or set `ENV"
            + " PIP_NO_CACHE_DIR=1` once for the stage. With BuildKit, a cache mount keeps the"
            + " cache for the next build and out of the image: `RUN"
            + " --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`.",
    references = {
      "https://pip.pypa.io/en/stable/topics/caching/",
      "https://github.com/hadolint/hadolint/wiki/DL3042"
    })
public final class PipWithoutCache implements Check<Dockerfile> {
  private static final String VARIABLE = "PIP_NO_CACHE_DIR";
  private static final Set<String> TRUE = Set.of("1", "on", "yes", "true");
  private static final List<String> CACHE_DIRS =
      List.of("/root/.cache/pip", "~/.cache/pip", "$HOME/.cache/pip", "${HOME}/.cache/pip");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (ShippedInstall shipped : Caches.shippedInstalls(file)) {
      Install install = shipped.install();
      if (install.manager() == Manager.PIP && keepsCache(file, shipped)) {
        out.report(
            install.position(),
            shipped.run().stage().label(),
            "`"
                + install.invocation()
                + "` keeps what it downloads in ~/.cache/pip: --no-cache-dir is missing.");
      }
    }
  }

  private static boolean keepsCache(Dockerfile file, ShippedInstall shipped) {
    Install install = shipped.install();
    if (install.hasOption("--no-cache-dir")) {
      return false;
    }
    Instruction instruction = shipped.run().instruction();
    for (String dir : CACHE_DIRS) {
      if (Caches.mounted(instruction, dir)
          || Caches.mounted(instruction, parent(dir))
          || shipped.removedLater(dir)) {
        return false;
      }
    }
    if (purgedLater(shipped)) {
      return false;
    }
    Optional<String> setting = settingAt(file, shipped);
    return setting.map(value -> !TRUE.contains(value.toLowerCase(Locale.ROOT))).orElse(true);
  }

  private static String parent(String dir) {
    return dir.substring(0, dir.lastIndexOf('/'));
  }

  // pip cache purge, later in the same RUN.
  private static boolean purgedLater(ShippedInstall shipped) {
    List<ShellCommand> commands = shipped.run().commands();
    for (int i = shipped.index() + 1; i < commands.size(); i++) {
      List<Word> program = RunCommands.program(commands.get(i));
      if (program.size() >= 3
          && program.get(0).text().startsWith("pip")
          && program.get(1).text().equals("cache")
          && program.get(2).text().equals("purge")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value PIP_NO_CACHE_DIR has for the install: from ENV or ARG in the stage and the stages it
   * builds on, then from {@code export} earlier in the RUN, then from an assignment before the
   * command itself ({@code PIP_NO_CACHE_DIR=1 pip install}, {@code env PIP_NO_CACHE_DIR=1 pip}).
   */
  private static Optional<String> settingAt(Dockerfile file, ShippedInstall shipped) {
    Optional<String> value = Optional.empty();
    List<Stage> lineage = new ArrayList<>(file.lineage(shipped.run().stage()));
    Collections.reverse(lineage);
    for (Stage stage : lineage) {
      for (Instruction instruction : stage.instructions()) {
        if (instruction.position().line() >= shipped.run().instruction().position().line()) {
          break;
        }
        for (Settings.Setting setting : Settings.of(instruction)) {
          if (setting.name().equals(VARIABLE)) {
            value = Optional.of(setting.value());
          }
        }
      }
    }
    List<ShellCommand> commands = shipped.run().commands();
    for (int i = 0; i <= shipped.index(); i++) {
      ShellCommand command = commands.get(i);
      List<Word> assigned = new ArrayList<>();
      if (i < shipped.index() && command.baseName().equals("export")) {
        assigned.addAll(command.arguments());
      } else if (i == shipped.index()) {
        assigned.addAll(command.assignments());
        assigned.addAll(command.words()); // env NAME=value pip ...
      }
      for (Word word : assigned) {
        if (word.text().startsWith(VARIABLE + "=")) {
          value = Optional.of(word.text().substring(VARIABLE.length() + 1));
        }
      }
    }
    return value;
  }
}
