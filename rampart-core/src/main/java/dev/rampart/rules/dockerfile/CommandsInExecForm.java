package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.Locale;

@Rule(
    id = "RA-DF-025",
    title = "CMD, ENTRYPOINT and HEALTHCHECK commands use the JSON (exec) form",
    severity = Severity.LOW,
    controls = "image.build-hygiene",
    aliases = {"hadolint:DL3025"},
    rationale =
        "In shell form (`CMD node server.js`) Docker runs the command through `/bin/sh -c`. The"
            + " shell becomes PID 1 and does not pass SIGTERM on, so `docker stop` and Kubernetes"
            + " wait out the grace period and then kill the process without a clean shutdown. A"
            + " shell-form ENTRYPOINT also ignores CMD and `docker run` arguments, and every"
            + " shell-form command needs a shell in the image, which distroless and scratch images"
            + " do not have.",
    remediation =
        "Write the command as a JSON array with double quotes: `CMD [\"node\", \"server.js\"]`,"
            + " `HEALTHCHECK CMD [\"/app\", \"healthcheck\"]`. When you need the shell, say so:"
            + " `CMD [\"/bin/sh\", \"-c\", \"exec node server.js\"]`.",
    references = {
      "https://docs.docker.com/reference/dockerfile/#shell-and-exec-form",
      "https://docs.docker.com/reference/build-checks/json-args-recommended/",
      "https://github.com/hadolint/hadolint/wiki/DL3025"
    })
public final class CommandsInExecForm implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        Instruction effective = instruction.effective();
        String command = command(effective);
        if (!command.isEmpty() && !effective.isExecForm()) {
          out.report(effective.position(), stage.label(), message(effective, command));
        }
      }
    }
  }

  /** The command text of a CMD, ENTRYPOINT or HEALTHCHECK CMD; empty for anything else. */
  private static String command(Instruction instruction) {
    String arguments = instruction.arguments().strip();
    if (instruction.is("CMD") || instruction.is("ENTRYPOINT")) {
      return arguments;
    }
    if (instruction.is("HEALTHCHECK")
        && arguments.length() > 3
        && arguments.substring(0, 3).toUpperCase(Locale.ROOT).equals("CMD")
        && Character.isWhitespace(arguments.charAt(3))) {
      return arguments.substring(4).strip();
    }
    return "";
  }

  private static String message(Instruction instruction, String command) {
    String keyword = instruction.is("HEALTHCHECK") ? "HEALTHCHECK CMD" : instruction.keyword();
    String runs =
        command.startsWith("[")
            ? keyword
                + " looks like a JSON array but is not valid JSON (Docker needs double quotes), so"
                + " it runs through a shell"
            : keyword + " runs `" + command.split("\\s+", 2)[0] + "` through a shell";
    String consequence =
        switch (instruction.keyword()) {
          case "ENTRYPOINT" ->
              ": the shell is PID 1 and does not pass SIGTERM on, and CMD arguments never reach"
                  + " the program.";
          case "HEALTHCHECK" -> ", so the check fails in an image without one.";
          default -> ": the shell is PID 1 and does not pass SIGTERM on.";
        };
    return runs + consequence;
  }
}
