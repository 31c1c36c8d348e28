package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-DF-022",
    title = "Build steps do not use sudo",
    severity = Severity.MEDIUM,
    controls = "image.safe-build-instructions",
    aliases = {"hadolint:DL3004", "trivy:AVD-DS-0010", "checkov:CKV2_DOCKER_1"},
    rationale =
        "sudo in a build step means the image ships sudo and a user allowed to use it: a"
            + " ready-made privilege escalation for anyone who gets into the container. Its TTY"
            + " and signal handling also make build steps behave unpredictably.",
    remediation =
        "Run the step as root instead: put `USER root` before it and switch back with `USER"
            + " 10001` after it. To drop privileges at run time, use gosu or su-exec in the"
            + " entrypoint.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://github.com/hadolint/hadolint/wiki/DL3004"
    })
public final class NoSudo implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      for (ShellCommand command : run.commands()) {
        sudoWord(command)
            .ifPresent(
                sudo ->
                    out.report(
                        sudo.position(),
                        run.stage().label(),
                        "This step runs a command through sudo."));
      }
    }
  }

  // "sudo ..." or "env A=b sudo ...": installing the sudo package is not using it.
  private static Optional<Word> sudoWord(ShellCommand command) {
    for (Word word : command.words()) {
      String name = RunCommands.baseName(word.text());
      if (name.equals("sudo")) {
        return Optional.of(word);
      }
      if (!name.equals("env") && !word.text().startsWith("-") && !word.text().contains("=")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
