package dev.rampart.format.settings;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads INI files as Python's configparser and PHP read them: {@code [section]} headers, {@code key
 * = value} or {@code key: value} lines, whole-line comments starting with {@code ;} or {@code #}, a
 * {@code ;} comment after white space, values in matching quotes unquoted, and lines indented under
 * a setting continuing its value. A key's path is its section and itself, joined by {@code .}; a
 * key without a value ({@code skip-networking}) has the empty value. A header that is not closed,
 * or a line with no key, is a parse problem on its line, and reading goes on.
 */
final class IniReader {
  private IniReader() {}

  static Parsed<List<Setting>> read(String text) {
    List<Setting> settings = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    String section = "";
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      int lineNumber = i + 1;
      String line = stripEnd(lines[i]);
      i++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith(";") || content.startsWith("#")) {
        continue;
      }
      int indent = line.indexOf(content.charAt(0));
      if (content.startsWith("[")) {
        int close = content.indexOf(']');
        if (close < 0) {
          problems.add(new ParseProblem(lineNumber, "a section header that is never closed (])"));
          section = content.substring(1).strip();
        } else {
          section = content.substring(1, close).strip();
        }
        continue;
      }
      int separator = separator(content);
      String key = (separator < 0 ? content : content.substring(0, separator)).strip();
      if (key.isEmpty()) {
        problems.add(new ParseProblem(lineNumber, "expected key = value, found no key"));
        continue;
      }
      StringBuilder value = new StringBuilder();
      Position valuePosition = Position.of(lineNumber, indent + 1);
      if (separator >= 0) {
        String raw = content.substring(separator + 1);
        String stripped = raw.stripLeading();
        valuePosition =
            Position.of(lineNumber, indent + separator + 2 + raw.length() - stripped.length());
        value.append(withoutComment(stripped));
      }
      // Continuation lines: indented deeper than the key, and not blank.
      while (i < lines.length
          && !lines[i].isBlank()
          && leadingBlanks(lines[i]) > indent
          && separator >= 0) {
        value.append('\n').append(withoutComment(lines[i].strip()));
        i++;
      }
      settings.add(
          new Setting(
              section.isEmpty() ? key : section + "." + key,
              unquoted(value.toString().strip()),
              Position.of(lineNumber, indent + 1),
              valuePosition));
    }
    return new Parsed<>(settings, problems);
  }

  private static int separator(String content) {
    int equals = content.indexOf('=');
    int colon = content.indexOf(':');
    if (equals < 0) {
      return colon;
    }
    return colon < 0 ? equals : Math.min(equals, colon);
  }

  private static String withoutComment(String value) {
    if (value.startsWith("\"") || value.startsWith("'")) {
      return value;
    }
    for (int at = value.indexOf(';'); at >= 0; at = value.indexOf(';', at + 1)) {
      if (at > 0 && Character.isWhitespace(value.charAt(at - 1))) {
        return value.substring(0, at).strip();
      }
    }
    return value;
  }

  private static String unquoted(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }

  private static int leadingBlanks(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }

  private static String stripEnd(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
