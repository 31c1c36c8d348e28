package dev.rampart.cli;

import dev.rampart.settle.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart init [DIR]}: writes a commented starter {@code .rampart.yaml}. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Writes a commented starter .rampart.yaml into DIR (default: .).")
final class InitCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "The directory to write .rampart.yaml into (default: .)")
  Path dir;

  @Option(names = "--force", description = "Overwrite an existing .rampart.yaml")
  boolean force;

  PrintStream stdout = System.out;
  PrintStream stderr = System.err;

  /** The starter configuration, every key present and commented. */
  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream("starter.rampart.yaml")) {
      if (in == null) {
        throw new IllegalStateException("starter.rampart.yaml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      stderr.println("rampart: no such directory: " + dir);
      return ExitCode.FAILURE;
    }
    Path file = dir.resolve(ScanSelection.CONFIG_FILE);
    if (Files.exists(file) && !force) {
      stderr.println("rampart: " + file + " exists already; --force overwrites it");
      return ExitCode.FAILURE;
    }
    Files.writeString(file, starter(), StandardCharsets.UTF_8);
    stdout.println("wrote " + file);
    return ExitCode.CLEAN;
  }
}
