package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Instruction;
import java.util.List;

/** The sources of a {@code COPY} or {@code ADD}: every argument word but the destination. */
final class CopySources {
  private CopySources() {}

  static List<String> of(Instruction copyOrAdd) {
    List<String> words = ArgumentWords.of(copyOrAdd);
    return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
  }

  /** {@code <<EOF}: the source is a here-document written inline, not a file. */
  static boolean isHeredoc(String source) {
    return source.startsWith("<<");
  }

  /** The last path element: {@code id_rsa} for {@code ./keys/id_rsa/}. */
  static String fileName(String source) {
    String path = source;
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
