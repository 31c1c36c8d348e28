package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an instruction's arguments as Docker reads them for {@code COPY}, {@code ADD},
 * {@code ENV}, {@code ARG} and {@code EXPOSE}: the JSON array of the exec form, or the shell form
 * split at unquoted blanks with quotes removed ({@code K="a b"} is one word {@code K=a b}).
 */
final class ArgumentWords {
  private ArgumentWords() {}

  static List<String> of(Instruction instruction) {
    return instruction.execForm().orElseGet(() -> split(instruction.arguments()));
  }

  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Removes one pair of matching quotes around {@code text}, as Docker does for a legacy value. */
  static String unquote(String text) {
    String s = text.strip();
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
