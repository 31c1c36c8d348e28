package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.stream.Collectors;

@Rule(
    id = "RA-DF-027",
    title = "RUN steps switch directories with WORKDIR, not cd",
    severity = Severity.LOW,
    controls = "image.build-hygiene",
    aliases = {"hadolint:DL3003", "trivy:AVD-DS-0013"},
    rationale =
        "A `cd` lasts only until the end of its RUN: the next instruction starts again from the"
            + " WORKDIR. Steps that depend on it are hard to follow, break when the RUN is split,"
            + " and carry on in the wrong directory when the `cd` fails without `&&` or `set -e`.",
    remediation =
        "Set the directory with `WORKDIR /usr/src/app` before the RUN, or give commands absolute"
            + " paths (`make -C /usr/src/app`, `tar -xzf app.tgz -C /opt`).",
    references = {
      "https://docs.docker.com/build/building/best-practices/#workdir",
      "https://github.com/hadolint/hadolint/wiki/DL3003"
    })
public final class NoCdInRun implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      for (ShellCommand command : run.commands()) {
        if (command.words().isEmpty() || !command.name().equals("cd")) {
          continue;
        }
        Word cd = command.words().get(0);
        String written =
            command.words().stream().map(Word::raw).collect(Collectors.joining(" ")).strip();
        out.report(
            cd.position(),
            run.stage().label(),
            "`"
                + written
                + "` changes directory for the rest of this RUN only; the next instruction starts"
                + " from the WORKDIR again.");
      }
    }
  }
}
