package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Flag;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import java.util.ArrayList;
import java.util.List;

/**
 * What a RUN does with the caches and indexes a package manager leaves behind: whether it keeps
 * them out of the layer with a BuildKit {@code --mount=type=cache} or {@code type=tmpfs}, removes
 * them with {@code rm}, and whether the layer ends up in a shipped image at all.
 */
final class Caches {
  private Caches() {}

  /**
   * True when the layer of {@code run} ends up in an image: it belongs to the final stage or a
   * stage the final stage builds on, or it is an {@code ONBUILD RUN}, which runs in the images
   * built FROM this one.
   */
  static boolean shipped(Dockerfile file, RunCommands.Run run) {
    return run.deferred()
        || file.shippedStages().stream().anyMatch(s -> s.index() == run.stage().index());
  }

  /**
   * An install in a RUN whose layer ships.
   *
   * @param index the place of the install among the commands of the RUN
   */
  record ShippedInstall(RunCommands.Run run, int index, Install install) {
    /** True when a later command of the same RUN removes {@code directory}. */
    boolean removedLater(String directory) {
      return removedAfter(run.commands(), index + 1, directory);
    }
  }

  /** Every install in a RUN that {@link #shipped} says ends up in an image. */
  static List<ShippedInstall> shippedInstalls(Dockerfile file) {
    List<ShippedInstall> installs = new ArrayList<>();
    for (RunCommands.Run run : RunCommands.in(file)) {
      if (!shipped(file, run)) {
        continue;
      }
      List<ShellCommand> commands = run.commands();
      for (int i = 0; i < commands.size(); i++) {
        int index = i;
        PackageInstalls.of(commands.get(i))
            .ifPresent(install -> installs.add(new ShippedInstall(run, index, install)));
      }
    }
    return installs;
  }

  /**
   * True when {@code run} mounts a cache or a tmpfs on {@code directory}, so that what is written
   * there never reaches the layer: {@code --mount=type=cache,target=/var/cache/apk}.
   */
  static boolean mounted(Instruction run, String directory) {
    for (Flag flag : run.flags("mount")) {
      String type = "bind";
      String target = null;
      for (String part : flag.value().split(",", -1)) {
        int eq = part.indexOf('=');
        String key = eq < 0 ? part : part.substring(0, eq);
        String value = eq < 0 ? "" : part.substring(eq + 1);
        switch (key) {
          case "type" -> type = value;
          case "target", "dst", "destination" -> target = value;
          default -> {}
        }
      }
      if ((type.equals("cache") || type.equals("tmpfs"))
          && target != null
          && stripSlashes(target).equals(stripSlashes(directory))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a command of {@code commands} from index {@code from} on removes {@code directory},
   * its contents or a directory that contains it: {@code rm -rf /var/lib/apt/lists/*}.
   */
  static boolean removedAfter(List<ShellCommand> commands, int from, String directory) {
    for (int i = from; i < commands.size(); i++) {
      List<Word> program = RunCommands.program(commands.get(i));
      if (program.isEmpty() || !RunCommands.baseName(program.get(0).text()).equals("rm")) {
        continue;
      }
      for (Word word : program.subList(1, program.size())) {
        String path = word.text();
        if (path.endsWith("/*")) {
          path = path.substring(0, path.length() - 2);
        }
        if (!path.startsWith("-") && contains(path, directory)) {
          return true;
        }
      }
    }
    return false;
  }

  // True when the directory "outer" is "inner" or one of its parents; trailing slashes ignored.
  private static boolean contains(String outer, String inner) {
    String o = stripSlashes(outer);
    String i = stripSlashes(inner);
    return !o.isEmpty() && (i.equals(o) || i.startsWith(o + "/"));
  }

  private static String stripSlashes(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
