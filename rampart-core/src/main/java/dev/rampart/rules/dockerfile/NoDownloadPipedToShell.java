package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-021",
    title = "No downloaded script is run without being verified",
    severity = Severity.HIGH,
    controls = "image.safe-build-instructions",
    rationale =
        "`curl ... | sh` runs whatever the server returns at build time, as root, with no record"
            + " of what it was. A compromised or hijacked download site, or a truncated"
            + " download, then runs inside every image you build.",
    remediation =
        "Download to a file, verify it, then run it: `curl -fsSLo /tmp/install.sh"
            + " https://example.com/install.sh && echo \"<sha256>  /tmp/install.sh\" | sha256sum"
            + " -c - && sh /tmp/install.sh`. Better still, install a released, signed package or"
            + " use `ADD --checksum=sha256:<digest> <url> <dest>`.",
    references = {
      "https://docs.docker.com/reference/dockerfile/#add---checksum",
      "https://www.cisecurity.org/benchmark/docker"
    })
public final class NoDownloadPipedToShell implements Check<Dockerfile> {
  private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");

  private static final Set<String> SHELLS =
      Set.of(
          "sh", "bash", "zsh", "dash", "ash", "ksh", "mksh", "fish", "python", "python2", "python3",
          "perl", "ruby", "node", "php");

  // Words that run the code a substitution produces: bash <(curl ...), eval "$(curl ...)".
  private static final Set<String> SUBSTITUTION_RUNNERS = Set.of(".", "source", "eval");

  // $(curl ...), `wget ...`, <(curl ...), optionally through sudo.
  private static final Pattern DOWNLOAD_SUBSTITUTION =
      Pattern.compile("(?:\\$\\(|<\\(|`)\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:\\S*/)?(?:curl|wget)\\b");

  // bash <(curl ...): the shell reads a script that a download writes.
  private static final Pattern PROCESS_SUBSTITUTION =
      Pattern.compile("<\\(\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:\\S*/)?(?:curl|wget)\\b");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      check(run.stage(), run.commands(), out);
      if (PROCESS_SUBSTITUTION.matcher(run.instruction().arguments()).find()) {
        checkProcessSubstitution(run.stage(), run.commands(), out);
      }
    }
  }

  private static void check(Stage stage, List<ShellCommand> commands, Findings out) {
    for (int i = 0; i < commands.size(); i++) {
      ShellCommand command = commands.get(i);
      if (isDownload(command) && command.pipedTo()) {
        shellReadingPipeFrom(commands, i)
            .ifPresent(
                shell ->
                    out.report(
                        shell.position(),
                        stage.label(),
                        "A download is piped straight into "
                            + shell.text()
                            + ", which runs it unverified."));
      }
      runsDownloadedSubstitution(command)
          .ifPresent(
              shell ->
                  out.report(
                      shell.position(),
                      stage.label(),
                      shell.text() + " runs the output of a download unverified."));
    }
  }

  // The shell parser reads "bash <(curl ...)" as bash followed by a curl in a subshell.
  private static void checkProcessSubstitution(
      Stage stage, List<ShellCommand> commands, Findings out) {
    for (int i = 0; i + 1 < commands.size(); i++) {
      Optional<Word> shell = shellWord(commands.get(i), SHELLS);
      if (shell.isEmpty()) {
        shell = shellWord(commands.get(i), SUBSTITUTION_RUNNERS);
      }
      if (shell.isPresent() && isDownload(commands.get(i + 1))) {
        Word word = shell.get();
        out.report(
            word.position(),
            stage.label(),
            word.text() + " runs a script read from a download, unverified.");
      }
    }
  }

  private static boolean isDownload(ShellCommand command) {
    List<Word> program = RunCommands.program(command);
    return !program.isEmpty() && DOWNLOADERS.contains(RunCommands.baseName(program.get(0).text()));
  }

  // The shell further down the pipeline that starts at commands[start], if any. Commands that
  // take no part in a pipe are skipped: they come from substitutions such as $(uname -m).
  private static Optional<Word> shellReadingPipeFrom(List<ShellCommand> commands, int start) {
    for (int j = start + 1; j < commands.size(); j++) {
      ShellCommand next = commands.get(j);
      if (!next.pipedFrom()) {
        continue;
      }
      Optional<Word> shell = shellWord(next, SHELLS);
      if (shell.isPresent() || !next.pipedTo()) {
        return shell;
      }
    }
    return Optional.empty();
  }

  private static Optional<Word> runsDownloadedSubstitution(ShellCommand command) {
    Optional<Word> shell = shellWord(command, SHELLS);
    if (shell.isEmpty()) {
      shell = shellWord(command, SUBSTITUTION_RUNNERS);
    }
    if (shell.isEmpty()) {
      return Optional.empty();
    }
    List<Word> program = RunCommands.program(command);
    for (Word argument : program.subList(1, program.size())) {
      if (DOWNLOAD_SUBSTITUTION.matcher(argument.raw()).find()) {
        return shell;
      }
    }
    return Optional.empty();
  }

  private static Optional<Word> shellWord(ShellCommand command, Set<String> names) {
    List<Word> program = RunCommands.program(command);
    if (program.isEmpty() || !names.contains(RunCommands.baseName(program.get(0).text()))) {
      return Optional.empty();
    }
    return Optional.of(program.get(0));
  }
}
