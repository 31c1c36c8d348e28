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

  /**
   * The stages a build turns into an image: the final stage, and every named stage that no other
   * stage builds on ({@code FROM base}), copies from ({@code COPY --from=base}) or mounts ({@code
   * RUN --mount=from=base}). Such a stage is there to be built with {@code --target}.
   */
  public List<Stage> targetStages() {
    List<Stage> targets = new ArrayList<>();
    for (Stage stage : stages) {
      boolean isFinal = stage.index() == stages.size() - 1;
      if (isFinal || (stage.name().isPresent() && !isUsedByAnother(stage))) {
        targets.add(stage);
      }
    }
    return targets;
  }

  /** True when another stage builds on {@code stage}, or copies or mounts files from it. */
  public boolean isUsedByAnother(Stage stage) {
    if (isBaseOfAnother(stage)) {
      return true;
    }
    for (Stage other : stages) {
      if (other.index() == stage.index()) {
        continue;
      }
      for (Instruction instruction : other.instructions()) {
        if (stageSources(instruction.effective()).stream().anyMatch(s -> names(stage, s))) {
          return true;
        }
      }
    }
    return false;
  }

  /** What {@code --from=} and {@code --mount=...,from=} of an instruction name. */
  private static List<String> stageSources(Instruction instruction) {
    List<String> sources = new ArrayList<>();
    instruction.flags("from").forEach(flag -> sources.add(flag.value()));
    for (Flag mount : instruction.flags("mount")) {
      for (String option : mount.value().split(",", -1)) {
        if (option.startsWith("from=")) {
          sources.add(option.substring("from=".length()));
        }
      }
    }
    return sources;
  }

  // A stage is named by its AS name, in any case, or by its index.
  private static boolean names(Stage stage, String reference) {
    return stage.name().filter(reference::equalsIgnoreCase).isPresent()
        || reference.equals(Integer.toString(stage.index()));
  }

  /** The stages whose filesystem ends up in the image: the final stage and its ancestors. */
  public List<Stage> shippedStages() {
    return finalStage().map(this::lineage).orElse(List.of());
  }
}
