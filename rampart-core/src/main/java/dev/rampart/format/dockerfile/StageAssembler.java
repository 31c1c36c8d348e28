package dev.rampart.format.dockerfile;

import dev.rampart.parse.ParseProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Groups parsed instructions into build stages and resolves what each {@code FROM} names. */
final class StageAssembler {
  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

  private final Consumer<ParseProblem> problems;
  private final List<Stage> stages = new ArrayList<>();
  private final List<Instruction> globalArgs = new ArrayList<>();
  private final Map<String, String> argDefaults = new HashMap<>();
  private final Map<String, Integer> stageNames = new HashMap<>();
  private boolean seenFrom;

  private Instruction from;
  private Optional<String> name = Optional.empty();
  private Optional<ImageRef> image = Optional.empty();
  private Optional<Integer> baseStage = Optional.empty();
  private List<Instruction> body;

  /** The stages and the global {@code ARG}s of a file. */
  record Result(List<Stage> stages, List<Instruction> globalArgs) {}

  private StageAssembler(Consumer<ParseProblem> problems) {
    this.problems = problems;
  }

  static Result assemble(List<Instruction> instructions, Consumer<ParseProblem> problems) {
    StageAssembler assembler = new StageAssembler(problems);
    for (Instruction instruction : instructions) {
      assembler.add(instruction);
    }
    assembler.closeStage();
    return new Result(assembler.stages, assembler.globalArgs);
  }

  private void add(Instruction instruction) {
    if (instruction.is("FROM")) {
      closeStage();
      seenFrom = true;
      openStage(instruction);
    } else if (!seenFrom && instruction.is("ARG")) {
      globalArgs.add(instruction);
      recordDefaults(instruction.arguments());
    } else {
      if (body == null) {
        body = new ArrayList<>(); // instructions before any FROM: an implicit stage
      }
      body.add(instruction);
    }
  }

  private void closeStage() {
    if (body == null) {
      return;
    }
    Optional<Instruction> fromInstruction = Optional.ofNullable(from);
    stages.add(new Stage(stages.size(), name, fromInstruction, image, baseStage, body));
    name.ifPresent(n -> stageNames.putIfAbsent(n.toLowerCase(Locale.ROOT), stages.size() - 1));
    body = null;
    from = null;
    name = Optional.empty();
    image = Optional.empty();
    baseStage = Optional.empty();
  }

  private void openStage(Instruction instruction) {
    body = new ArrayList<>();
    from = instruction;
    List<String> words = Chars.words(instruction.arguments());
    if (words.size() == 3 && words.get(1).equalsIgnoreCase("as")) {
      String stageName = words.get(2);
      name = Optional.of(stageName);
      if (!STAGE_NAME.matcher(stageName.toLowerCase(Locale.ROOT)).matches()) {
        problem(instruction, "invalid name for build stage: " + Chars.printable(stageName, 60));
      }
    }
    if (words.isEmpty()) {
      return;
    }
    String imageWord = words.get(0);
    ArgExpander.Expansion expansion = ArgExpander.expand(imageWord, argDefaults);
    Integer stage = stageNames.get(expansion.text().toLowerCase(Locale.ROOT));
    if (stage != null && !expansion.unresolved()) {
      baseStage = Optional.of(stage);
    } else {
      image = Optional.of(imageRef(imageWord, expansion));
    }
  }

  private void problem(Instruction instruction, String message) {
    problems.accept(new ParseProblem(instruction.position().line(), message));
  }

  /** Records the defaults of {@code ARG a=1 b} so that later {@code FROM}s can use them. */
  private void recordDefaults(String arguments) {
    for (ShellWords.RawWord word : ShellWords.split(arguments)) {
      String raw = word.raw();
      int eq = raw.indexOf('=');
      if (eq > 0) {
        String value = ArgExpander.expand(raw.substring(eq + 1), argDefaults).text();
        argDefaults.put(raw.substring(0, eq), value);
      }
    }
  }

  static ImageRef imageRef(String raw, ArgExpander.Expansion expansion) {
    return ImageRef.parse(raw, expansion.text(), expansion.unresolved());
  }
}
