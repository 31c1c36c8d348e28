package dev.rampart.format.shell;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One simple command of a shell script: {@code apt-get install -y curl}. Leading variable
 * assignments ({@code DEBIAN_FRONTEND=noninteractive}) are kept apart from the words.
 *
 * @param assignments leading {@code NAME=value} words
 * @param words the command name and its arguments
 * @param pipedFrom true when the command reads from a pipe ({@code a | this})
 * @param pipedTo true when the command writes to a pipe ({@code this | b})
 */
public record ShellCommand(
    List<Word> assignments, List<Word> words, boolean pipedFrom, boolean pipedTo) {

  public ShellCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
  }

  /** The command name, such as {@code apt-get}; empty for a bare assignment. */
  public String name() {
    return words.isEmpty() ? "" : words.get(0).text();
  }

  /** The command name without its directory: {@code /usr/bin/pip} is {@code pip}. */
  public String baseName() {
    String name = name();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  public Position position() {
    if (!assignments.isEmpty()) {
      return assignments.get(0).position();
    }
    return words.isEmpty() ? Position.START : words.get(0).position();
  }

  /** The arguments after the command name. */
  public List<Word> arguments() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /** True when any argument is exactly one of {@code options}. */
  public boolean hasArgument(String... options) {
    for (Word word : arguments()) {
      for (String option : options) {
        if (word.text().equals(option)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first argument matching {@code test}, if any. */
  public Optional<Word> findArgument(Predicate<String> test) {
    return arguments().stream().filter(w -> test.test(w.text())).findFirst();
  }

  /** True when the command is {@code name} with {@code subcommand} among its arguments. */
  public boolean is(String commandName, String subcommand) {
    return baseName().equals(commandName) && hasArgument(subcommand);
  }
}
