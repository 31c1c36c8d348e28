package dev.rampart.format.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Whitespace-separated words that respect quotes, as Docker's word splitting does. */
final class ShellWords {
  private ShellWords() {}

  /**
   * A word as written.
   *
   * @param start offset in the split text
   */
  record RawWord(String raw, int start) {}

  /** Splits on unquoted whitespace, keeping quotes and backslashes in the words. */
  static List<RawWord> split(String text) {
    List<RawWord> words = new ArrayList<>();
    int i = 0;
    while (true) {
      i = Chars.skipSpaces(text, i);
      if (i >= text.length()) {
        return words;
      }
      int start = i;
      char quote = 0;
      while (i < text.length() && (quote != 0 || !Chars.isSpace(text.charAt(i)))) {
        char c = text.charAt(i);
        if (c == '\\' && quote != '\'') {
          i++;
        } else if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (c == quote) {
          quote = 0;
        }
        i++;
      }
      i = Math.min(i, text.length());
      words.add(new RawWord(text.substring(start, i), start));
    }
  }

  /** Removes quotes and backslash escapes from one word. */
  static String unquote(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    char quote = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote != '\'' && i + 1 < raw.length()) {
        out.append(raw.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
