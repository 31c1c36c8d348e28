package dev.rampart.cli;

import dev.rampart.Version;
import dev.rampart.settle.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rampart}: audits a repository's deployment configuration. */
@Command(
    name = "rampart",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Audits a repository's deployment security, file by file and line by line.",
    subcommands = {
      ScanCommand.class,
      BaselineCommand.class,
      RulesCommand.class,
      ProfilesCommand.class,
      InitCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // Messages only: a stack trace could carry file content, and secrets must never leak.
          commandLine.getErr().println("rampart: " + e.getMessage());
          return ExitCode.FAILURE;
        });
    return cli.execute(args);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rampart " + Version.current()};
    }
  }
}
