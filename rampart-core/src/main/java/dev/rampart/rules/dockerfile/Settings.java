package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** The {@code NAME=value} pairs an {@code ENV} or {@code ARG} instruction sets. */
final class Settings {
  private Settings() {}

  /** One {@code NAME=value} of an ENV or ARG. */
  record Setting(String name, String value) {}

  /**
   * What {@code instruction} sets: {@code ENV A=1 B="two words"}, the legacy {@code ENV NAME the
   * rest of the line}, or {@code ARG A=1 B}, where an ARG without a default holds nothing. Empty
   * for other instructions; pass {@link Instruction#effective()} to see into ONBUILD.
   */
  static List<Setting> of(Instruction instruction) {
    return switch (instruction.keyword()) {
      case "ENV" -> env(instruction.arguments());
      case "ARG" -> pairs(ArgumentWords.split(instruction.arguments()));
      default -> List.of();
    };
  }

  private static List<Setting> env(String arguments) {
    List<String> words = ArgumentWords.split(arguments);
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.get(0).contains("=")) {
      return pairs(words);
    }
    String text = arguments.strip();
    int blank = indexOfBlank(text);
    String value = blank < 0 ? "" : ArgumentWords.unquote(text.substring(blank));
    return List.of(new Setting(words.get(0), value));
  }

  private static List<Setting> pairs(List<String> words) {
    List<Setting> settings = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        settings.add(new Setting(word.substring(0, eq), word.substring(eq + 1)));
      }
    }
    return settings;
  }

  private static int indexOfBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
