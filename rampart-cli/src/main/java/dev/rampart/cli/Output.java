package dev.rampart.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its report: a file given with {@code --output}, or standard output. */
final class Output {
  private Output() {}

  interface Body {
    void write(Writer out) throws IOException;
  }

  static void write(Path file, PrintStream stdout, Body body) throws IOException {
    if (file == null) {
      Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      body.write(out);
      out.flush();
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(out);
    }
  }
}
