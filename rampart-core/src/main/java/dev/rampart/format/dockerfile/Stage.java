package dev.rampart.format.dockerfile;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: a {@code FROM} and the instructions up to the next one.
 *
 * @param index 0-based order in the file
 * @param name the {@code AS} name, if any
 * @param from the {@code FROM} instruction; empty for instructions written before any {@code FROM},
 *     which Docker rejects but which we still check
 * @param image the image the stage starts from; empty when {@code from} is, or when it names an
 *     earlier stage
 * @param baseStage the index of the earlier stage this one builds on ({@code FROM build})
 * @param instructions the instructions of the stage after its {@code FROM}
 */
public record Stage(
    int index,
    Optional<String> name,
    Optional<Instruction> from,
    Optional<ImageRef> image,
    Optional<Integer> baseStage,
    List<Instruction> instructions) {

  public Stage {
    instructions = List.copyOf(instructions);
  }

  /** Where the stage starts: its {@code FROM}, or its first instruction. */
  public Position position() {
    if (from.isPresent()) {
      return from.get().position();
    }
    return instructions.isEmpty() ? Position.START : instructions.get(0).position();
  }

  /** The instructions with the given keyword, {@code ONBUILD} triggers excluded. */
  public List<Instruction> instructions(String keyword) {
    return instructions.stream().filter(i -> i.is(keyword)).toList();
  }

  /** A short label for findings: {@code stage build (FROM golang:1.23)}. */
  public String label() {
    String who = name.map(n -> "stage " + n).orElse("stage " + (index + 1));
    return from.map(f -> who + " (FROM " + f.arguments().strip() + ")").orElse(who);
  }
}
