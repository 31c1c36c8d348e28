package dev.rampart.format.settings;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Java {@code .properties} files as {@code java.util.Properties.load} does: comment lines
 * starting with {@code #} or {@code !}; a key ending at the first unescaped {@code =}, {@code :} or
 * white space; a line ending with an odd number of backslashes continued on the next, whose leading
 * white space is dropped; escapes ({@code \t}, {@code \n}, {@code \r}, {@code \f}, <code>&#92;u0041
 * </code>, and a backslash before any other character standing for that character). A broken <code>
 * &#92;u</code> escape is a parse problem on its line, and reading goes on.
 */
final class PropertiesReader {
  private PropertiesReader() {}

  static Parsed<List<Setting>> read(String text) {
    List<Setting> settings = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      int first = i;
      String line = stripCr(lines[i]);
      i++;
      int start = leadingBlanks(line);
      if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
        continue;
      }
      // The logical line: natural lines joined while one ends with an odd run of backslashes.
      StringBuilder logical = new StringBuilder(line.substring(start));
      List<int[]> origins = new ArrayList<>(); // for each joined part: offset in logical, line
      origins.add(new int[] {0, first + 1, start});
      while (endsWithContinuation(logical) && i < lines.length) {
        logical.setLength(logical.length() - 1);
        String next = stripCr(lines[i]);
        int blanks = leadingBlanks(next);
        origins.add(new int[] {logical.length(), i + 1, blanks});
        logical.append(next, blanks, next.length());
        i++;
      }
      if (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1); // a continuation at the end of the file
      }
      read(logical.toString(), origins, settings, problems);
    }
    return new Parsed<>(settings, problems);
  }

  private static void read(
      String logical, List<int[]> origins, List<Setting> settings, List<ParseProblem> problems) {
    int keyEnd = 0;
    while (keyEnd < logical.length()) {
      char c = logical.charAt(keyEnd);
      if (c == '\\') {
        keyEnd += 2;
        continue;
      }
      if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
        break;
      }
      keyEnd++;
    }
    keyEnd = Math.min(keyEnd, logical.length());
    int valueStart = keyEnd;
    while (valueStart < logical.length() && isBlank(logical.charAt(valueStart))) {
      valueStart++;
    }
    if (valueStart < logical.length()
        && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
      valueStart++;
      while (valueStart < logical.length() && isBlank(logical.charAt(valueStart))) {
        valueStart++;
      }
    }
    int line = origins.get(0)[1];
    String key = unescape(logical.substring(0, keyEnd), line, problems);
    String value = unescape(logical.substring(valueStart), line, problems);
    settings.add(
        new Setting(
            key, value, Position.of(line, origins.get(0)[2] + 1), positionOf(valueStart, origins)));
  }

  private static Position positionOf(int offset, List<int[]> origins) {
    int[] part = origins.get(0);
    for (int[] origin : origins) {
      if (origin[0] <= offset) {
        part = origin;
      }
    }
    return Position.of(part[1], part[2] + offset - part[0] + 1);
  }

  private static String unescape(String s, int line, List<ParseProblem> problems) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          String hex = i + 5 <= s.length() ? s.substring(i + 1, i + 5) : "";
          if (hex.length() == 4 && hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
            out.append((char) Integer.parseInt(hex, 16));
            i += 4;
          } else {
            problems.add(new ParseProblem(line, "a \\u escape without four hex digits"));
            out.append('u');
          }
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int backslashes = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static int leadingBlanks(String line) {
    int n = 0;
    while (n < line.length() && isBlank(line.charAt(n))) {
      n++;
    }
    return n;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
