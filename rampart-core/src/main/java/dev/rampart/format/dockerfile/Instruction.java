package dev.rampart.format.dockerfile;

import dev.rampart.format.shell.ShellScript;
import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * One instruction, with its continuation lines joined.
 *
 * @param keyword upper-case: {@code RUN}, {@code FROM}, ...
 * @param position where the keyword starts
 * @param endLine the last physical line the instruction spans, heredoc bodies included
 * @param flags the {@code --name=value} flags that follow the keyword
 * @param arguments the text after the flags, continuation lines joined with their line breaks
 *     removed; comment lines inside a continuation are dropped as Docker does
 * @param execForm the arguments when written as a JSON array ({@code CMD ["a", "b"]}); empty for
 *     the shell form
 * @param heredocs here-documents the instruction reads, in order
 * @param script for {@code RUN} in shell form (and {@code RUN <<EOF} script bodies): its commands;
 *     {@link ShellScript#EMPTY} otherwise
 * @param trigger for {@code ONBUILD}: the instruction it defers
 */
public record Instruction(
    String keyword,
    Position position,
    int endLine,
    List<Flag> flags,
    String arguments,
    Optional<List<String>> execForm,
    List<Heredoc> heredocs,
    ShellScript script,
    Optional<Instruction> trigger) {

  public Instruction {
    flags = List.copyOf(flags);
    execForm = execForm.map(List::copyOf);
    heredocs = List.copyOf(heredocs);
  }

  public boolean is(String name) {
    return keyword.equals(name);
  }

  public Optional<Flag> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<Flag> flags(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).toList();
  }

  public boolean isExecForm() {
    return execForm.isPresent();
  }

  /**
   * This instruction, or for {@code ONBUILD} the instruction it defers, so that a check of {@code
   * RUN} sees {@code ONBUILD RUN} too.
   */
  public Instruction effective() {
    return trigger.orElse(this);
  }
}
