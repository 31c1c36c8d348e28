package dev.rampart.format.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile (or Containerfile).
 *
 * @param instructions every instruction in file order, including {@code ARG}s before the first
 *     {@code FROM}
 * @param stages the build stages in order
 * @param comments every comment line, parser directives included
 * @param directives parser directives ({@code syntax}, {@code escape}, {@code check}), lower-case
 *     names
 * @param globalArgs {@code ARG} instructions before the first {@code FROM}
 */
public record Dockerfile(
    List<Instruction> instructions,
    List<Stage> stages,
    List<Comment> comments,
    Map<String, String> directives,
    List<Instruction> globalArgs) {

  public Dockerfile {
    instructions = List.copyOf(instructions);
    stages = List.copyOf(stages);
    comments = List.copyOf(comments);
    directives = Map.copyOf(directives);
    globalArgs = List.copyOf(globalArgs);
  }

  /** The stage the build produces by default: the last one. */
  public Optional<Stage> finalStage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /**
   * The stage followed by the stages it builds on, nearest first: for {@code FROM build AS test},
   * the test stage and then the build stage.
   */
  public List<Stage> lineage(Stage stage) {
    List<Stage> chain = new ArrayList<>();
    Optional<Stage> current = Optional.of(stage);
    while (current.isPresent() && chain.size() <= stages.size()) {
      Stage s = current.get();
      chain.add(s);
      current = s.baseStage().map(stages::get);
    }
    return chain;
  }

  /** True when a later stage builds on {@code stage} with {@code FROM}. */
  public boolean isBaseOfAnother(Stage stage) {
    return stages.stream().anyMatch(s -> s.baseStage().equals(Optional.of(stage.index())));
  }

  /** The stages whose filesystem ends up in the image: the final stage and its ancestors. */
  public List<Stage> shippedStages() {
    return finalStage().map(this::lineage).orElse(List.of());
  }
}
