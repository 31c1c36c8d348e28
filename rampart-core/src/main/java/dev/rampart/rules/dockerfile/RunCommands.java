package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a command of a RUN really runs, looking through {@code sudo} and {@code env}. */
final class RunCommands {
  private static final Set<String> SUDO_OPTIONS_WITH_VALUE =
      Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "--user", "--group");

  private RunCommands() {}

  /**
   * A RUN, or the RUN inside an ONBUILD, and the stage it belongs to.
   *
   * @param deferred true for {@code ONBUILD RUN}: it runs when another image is built FROM this one
   */
  record Run(Stage stage, Instruction instruction, boolean deferred) {
    List<ShellCommand> commands() {
      return instruction.script().commands();
    }
  }

  /** Every RUN of {@code file}, ONBUILD RUNs included, in order. */
  static List<Run> in(Dockerfile file) {
    List<Run> runs = new ArrayList<>();
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        if (instruction.effective().is("RUN")) {
          runs.add(new Run(stage, instruction.effective(), instruction.trigger().isPresent()));
        }
      }
    }
    return runs;
  }

  /**
   * The words from the program that actually runs: for {@code sudo -u app env A=b apt-get install
   * x}, the words from {@code apt-get} on. Empty when nothing follows the wrappers.
   */
  static List<Word> program(ShellCommand command) {
    List<Word> words = command.words();
    int i = 0;
    while (i < words.size()) {
      String name = baseName(words.get(i).text());
      if (name.equals("sudo")) {
        i++;
        while (i < words.size() && words.get(i).text().startsWith("-")) {
          i += SUDO_OPTIONS_WITH_VALUE.contains(words.get(i).text()) ? 2 : 1;
        }
      } else if (name.equals("env")) {
        i++;
        while (i < words.size()
            && (words.get(i).text().startsWith("-") || words.get(i).text().contains("="))) {
          i++;
        }
      } else {
        break;
      }
    }
    return i >= words.size() ? List.of() : words.subList(i, words.size());
  }

  /** The command name without its directory: {@code /usr/bin/sudo} is {@code sudo}. */
  static String baseName(String command) {
    return command.substring(command.lastIndexOf('/') + 1);
  }
}
