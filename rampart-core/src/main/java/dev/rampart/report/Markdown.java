package dev.rampart.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few Markdown constructs the rule reference, SARIF help and the scan report need. */
final class Markdown {
  private Markdown() {}

  /** {@code `a`, `b`}; values holding a backtick are fenced with two. */
  static String codeList(List<String> values) {
    return values.stream().map(Markdown::code).collect(Collectors.joining(", "));
  }

  static String code(String value) {
    return value.indexOf('`') >= 0 ? "`` " + value + " ``" : "`" + value + "`";
  }

  /** URLs become autolinks; anything else (a standard's name, say) stays as written. */
  static String link(String reference) {
    return reference.startsWith("https://") || reference.startsWith("http://")
        ? "<" + reference + ">"
        : reference;
  }

  /** Text that fits in one table cell. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Text from the scanned files (a path, a message, a reason) that fits in one table cell and is
   * shown as written: Markdown punctuation is escaped, HTML-special characters become entities,
   * control characters are written as {@code \\uXXXX} and line breaks as spaces.
   */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '|', '*', '_', '[', ']', '~', '#', '!' -> out.append('\\').append(c);
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
  static String anchor(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }
}
