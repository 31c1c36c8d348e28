package dev.rampart.format.shell;

import java.util.List;
import java.util.function.Predicate;

/**
 * A shell script reduced to what checks need: its simple commands in order. Commands inside
 * subshells, {@code $(...)} and control structures are flattened into the same list; pipes are
 * recorded on each command.
 */
public record ShellScript(List<ShellCommand> commands) {

  public ShellScript {
    commands = List.copyOf(commands);
  }

  public static final ShellScript EMPTY = new ShellScript(List.of());

  public List<ShellCommand> commandsNamed(String... names) {
    return commands.stream().filter(named(names)).toList();
  }

  public boolean anyCommandNamed(String... names) {
    return commands.stream().anyMatch(named(names));
  }

  private static Predicate<ShellCommand> named(String... names) {
    return command -> {
      for (String name : names) {
        if (command.baseName().equals(name)) {
          return true;
        }
      }
      return false;
    };
  }

  /** True when any command writes into a pipe. */
  public boolean hasPipe() {
    return commands.stream().anyMatch(ShellCommand::pipedTo);
  }
}
