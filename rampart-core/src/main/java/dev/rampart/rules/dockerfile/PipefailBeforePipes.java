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
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Rule(
    id = "RA-DF-026",
    title = "RUN steps with a pipe fail when any command in the pipe fails",
    severity = Severity.LOW,
    controls = "image.build-hygiene",
    aliases = {"hadolint:DL4006"},
    rationale =
        "A pipeline's exit status is that of its last command. In `RUN curl -fsSL $URL | tar -xz`"
            + " a failed download still lets the step succeed when tar accepts what it got, and"
            + " the image is built and shipped without what the step was for. `-o pipefail` makes"
            + " the pipeline fail when any of its commands does; POSIX sh (Debian's dash) does not"
            + " reliably offer it.",
    remediation =
        "Before the RUN, switch to a shell that supports pipefail and turn it on: `SHELL"
            + " [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (on Alpine, `[\"/bin/ash\", \"-o\","
            + " \"pipefail\", \"-c\"]`). SHELL holds for the rest of the stage and for stages built"
            + " FROM it. For a single step, start its script with `set -o pipefail &&`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#using-pipes",
      "https://docs.docker.com/reference/dockerfile/#shell",
      "https://github.com/hadolint/hadolint/wiki/DL4006"
    })
public final class PipefailBeforePipes implements Check<Dockerfile> {
  // Shells with a `-o pipefail` option. POSIX sh is left out: dash has not had it for long.
  private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");

  // Shells whose pipes are not POSIX pipelines of exit statuses: nothing to say about them.
  private static final List<String> NON_POSIX_SHELLS = List.of("pwsh", "powershell", "cmd");

  private static final Shell DEFAULT_SHELL =
      new Shell(false, false, "the default shell, /bin/sh -c, has no pipefail");

  /**
   * The shell RUN steps use at some point of the file.
   *
   * @param ignored a non-POSIX shell such as PowerShell
   * @param pipefail pipelines fail when any of their commands fails
   * @param why for a shell without pipefail: which one it is
   */
  private record Shell(boolean ignored, boolean pipefail, String why) {}

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      Shell shell = lastShell(file.lineage(stage).subList(1, file.lineage(stage).size()));
      for (Instruction instruction : stage.instructions()) {
        if (instruction.is("SHELL")) {
          shell = shellOf(instruction);
        } else if (instruction.effective().is("RUN")) {
          // ONBUILD RUN runs in the next image, under the shell this one ends with.
          Shell inEffect = instruction.is("ONBUILD") ? lastShell(file.lineage(stage)) : shell;
          check(stage, instruction.effective(), inEffect, out);
        }
      }
    }
  }

  /** The shell the last SHELL of {@code stages} (nearest first) sets, or Docker's default. */
  private static Shell lastShell(List<Stage> stages) {
    for (Stage stage : stages) {
      List<Instruction> shells = stage.instructions("SHELL");
      if (!shells.isEmpty()) {
        return shellOf(shells.get(shells.size() - 1));
      }
    }
    return DEFAULT_SHELL;
  }

  private static Shell shellOf(Instruction shellInstruction) {
    List<String> words = shellInstruction.execForm().orElse(List.of());
    String written =
        "SHELL "
            + shellInstruction.arguments().strip()
            + " on line "
            + shellInstruction.position().line();
    return invocation(words, written);
  }

  /** What running {@code words} ({@code bash -o pipefail -c}) does for pipes. */
  private static Shell invocation(List<String> words, String written) {
    if (words.isEmpty()) {
      return new Shell(false, false, written + " is not a JSON array, so Docker rejects it");
    }
    String name = programName(words.get(0));
    if (NON_POSIX_SHELLS.stream().anyMatch(name::startsWith)) {
      return new Shell(true, false, "");
    }
    boolean asked = pipefailAfter(false, words.subList(1, words.size()));
    if (asked && PIPEFAIL_SHELLS.contains(name)) {
      return new Shell(false, true, "");
    }
    return new Shell(
        false,
        false,
        asked
            ? written + " asks " + name + " for pipefail, which it need not support"
            : written + " does not set -o pipefail");
  }

  // `/usr/bin/bash` is bash, `C:\Windows\System32\cmd.exe` is cmd.exe.
  private static String programName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether pipefail is on after options such as {@code -o pipefail}, {@code -euo pipefail} or
   * {@code +o pipefail}, given whether it was on before.
   */
  private static boolean pipefailAfter(boolean before, List<String> options) {
    boolean on = before;
    for (int i = 0; i + 1 < options.size(); i++) {
      String option = options.get(i);
      if (options.get(i + 1).equals("pipefail")
          && option.indexOf('o') > 0
          && !option.startsWith("--")) {
        on = option.charAt(0) == '-' || (option.charAt(0) != '+' && on);
      }
    }
    return on;
  }

  private static void check(Stage stage, Instruction run, Shell stageShell, Findings out) {
    // ["bash", "-c", "a | b"]: SHELL does not apply; the array names the shell.
    Shell shell =
        run.execForm()
            .filter(words -> !words.isEmpty())
            .map(words -> invocation(words, "this RUN's " + programName(words.get(0))))
            .orElse(stageShell);
    if (shell.ignored() || shell.pipefail()) {
      return;
    }
    List<ShellCommand> commands = run.script().commands();
    boolean pipefail = false;
    for (int i = 0; i < commands.size(); i++) {
      ShellCommand command = commands.get(i);
      if (command.name().equals("set")) {
        pipefail = pipefailAfter(pipefail, command.arguments().stream().map(Word::text).toList());
      } else if (command.pipedTo() && !pipefail) {
        out.report(
            command.position(),
            stage.label(),
            "`"
                + command.name()
                + "` pipes into `"
                + reader(commands, i)
                + "`, and this step succeeds even when `"
                + command.name()
                + "` fails: "
                + shell.why()
                + ".");
        return;
      }
    }
  }

  /** The command that reads the pipe {@code commands.get(writer)} writes to. */
  private static String reader(List<ShellCommand> commands, int writer) {
    for (int i = writer + 1; i < commands.size(); i++) {
      if (commands.get(i).pipedFrom()) {
        return commands.get(i).name();
      }
    }
    return "the next command";
  }
}
