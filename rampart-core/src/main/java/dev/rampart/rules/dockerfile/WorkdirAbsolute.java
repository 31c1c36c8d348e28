package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-DF-024",
    title = "WORKDIR paths are absolute",
    severity = Severity.LOW,
    controls = "image.build-hygiene",
    aliases = {"hadolint:DL3000", "trivy:AVD-DS-0009"},
    rationale =
        "A relative WORKDIR is resolved against the directory in effect before it: the base"
            + " image's, or an earlier WORKDIR's. When the base image changes its working"
            + " directory, or someone moves the earlier line, files land somewhere else and the"
            + " next COPY or RUN quietly works in the wrong place.",
    remediation =
        "Write the full path: `WORKDIR /usr/src/app`. A variable that holds an absolute path"
            + " (`WORKDIR $APP_HOME`) is fine too.",
    references = {
      "https://docs.docker.com/reference/dockerfile/#workdir",
      "https://docs.docker.com/reference/build-checks/workdir-relative-path/",
      "https://github.com/hadolint/hadolint/wiki/DL3000"
    })
public final class WorkdirAbsolute implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      Optional<Instruction> previous = inheritedWorkdir(file, stage);
      for (Instruction instruction : stage.instructions()) {
        Instruction effective = instruction.effective();
        if (!effective.is("WORKDIR")) {
          continue;
        }
        String path = unquoted(effective.arguments());
        boolean deferred = instruction.is("ONBUILD");
        if (!path.isEmpty() && !isAbsolute(path)) {
          out.report(effective.position(), stage.label(), message(path, deferred, previous));
        }
        if (!deferred) {
          previous = Optional.of(effective);
        }
      }
    }
  }

  /** The last WORKDIR of the stages this one builds on: the directory it starts in. */
  private static Optional<Instruction> inheritedWorkdir(Dockerfile file, Stage stage) {
    List<Stage> lineage = file.lineage(stage);
    for (Stage ancestor : lineage.subList(1, lineage.size())) {
      List<Instruction> workdirs = ancestor.instructions("WORKDIR");
      if (!workdirs.isEmpty()) {
        return Optional.of(workdirs.get(workdirs.size() - 1));
      }
    }
    return Optional.empty();
  }

  private static String message(String path, boolean deferred, Optional<Instruction> previous) {
    String against =
        deferred
            ? "it resolves against whatever directory the image built FROM this one is in"
            : previous
                .map(
                    p ->
                        "where it lands depends on WORKDIR "
                            + p.arguments().strip()
                            + " on line "
                            + p.position().line())
                .orElse("it resolves against the base image's working directory");
    return "WORKDIR " + path + " is relative: " + against + ".";
  }

  private static String unquoted(String arguments) {
    String path = arguments.strip();
    int from = 0;
    int to = path.length();
    while (from < to && isQuote(path.charAt(from))) {
      from++;
    }
    while (to > from && isQuote(path.charAt(to - 1))) {
      to--;
    }
    return path.substring(from, to);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  // `/srv`, `$HOME/app` and `${DIR}` (which may well hold an absolute path), `C:\app` or `C:/`.
  private static boolean isAbsolute(String path) {
    char first = path.charAt(0);
    return first == '/'
        || first == '$'
        || (path.length() >= 2 && Character.isLetter(first) && path.charAt(1) == ':');
  }
}
