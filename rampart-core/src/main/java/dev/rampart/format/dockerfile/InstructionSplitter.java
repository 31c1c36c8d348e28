package dev.rampart.format.dockerfile;

import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Splits a joined instruction line into keyword, flags and argument text, the way BuildKit's {@code
 * splitCommand} and {@code extractBuilderFlags} do.
 */
final class InstructionSplitter {
  private InstructionSplitter() {}

  /**
   * An instruction line taken apart.
   *
   * @param keyword upper-case, as written otherwise (it may not be a known instruction)
   * @param keywordAt offset of the keyword in the joined line
   * @param argsStart offset of {@code arguments} in the joined line
   * @param arguments the text after the flags, trimmed
   */
  record Split(String keyword, int keywordAt, List<Flag> flags, int argsStart, String arguments) {}

  /**
   * Splits {@code line} from {@code from} on.
   *
   * @param escape the escape character, whose lone occurrence between flags is taken as a space
   * @param at maps an offset in {@code line} to its position in the file
   */
  static Split split(String line, int from, char escape, IntFunction<Position> at) {
    int keywordAt = Chars.skipSpaces(line, from);
    int keywordEnd = keywordAt;
    while (keywordEnd < line.length() && !Chars.endsKeyword(line.charAt(keywordEnd))) {
      keywordEnd++;
    }
    String keyword = line.substring(keywordAt, keywordEnd).toUpperCase(Locale.ROOT);
    List<Flag> flags = new ArrayList<>();
    int argsStart = readFlags(line, keywordEnd, escape, at, flags);
    int argsEnd = Chars.trimEnd(line, argsStart, line.length());
    return new Split(keyword, keywordAt, flags, argsStart, line.substring(argsStart, argsEnd));
  }

  /**
   * Reads leading {@code --name[=value]} words into {@code flags}; returns where arguments start.
   */
  private static int readFlags(
      String line, int from, char escape, IntFunction<Position> at, List<Flag> flags) {
    int i = from;
    while (true) {
      i = Chars.skipSpaces(line, i);
      if (i >= line.length()) {
        return i;
      }
      if (line.charAt(i) == escape
          && (i + 1 == line.length() || Chars.isSpace(line.charAt(i + 1)))) {
        // `--a=1 \    --b=2` written on one line: a continuation gone wrong, not an argument.
        i++;
        continue;
      }
      if (!line.startsWith("--", i)) {
        return i;
      }
      StringBuilder word = new StringBuilder();
      int start = i;
      i = readFlagWord(line, i, word);
      if (word.length() == 2 && word.charAt(0) == '-' && word.charAt(1) == '-') {
        return Chars.skipSpaces(line, i); // `--` ends the flags
      }
      flags.add(flag(word, at.apply(start)));
    }
  }

  /** Reads one flag word up to unquoted whitespace, removing quotes and backslashes. */
  private static int readFlagWord(String line, int from, StringBuilder word) {
    int i = from;
    char quote = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (quote == 0 && Chars.isSpace(c)) {
        break;
      }
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else if (c != '\\') {
        word.append(c);
      }
      i++;
    }
    return i;
  }

  private static Flag flag(CharSequence word, Position position) {
    String body = word.subSequence(2, word.length()).toString();
    int eq = body.indexOf('=');
    return eq < 0
        ? new Flag(body, "", position)
        : new Flag(body.substring(0, eq), body.substring(eq + 1), position);
  }
}
