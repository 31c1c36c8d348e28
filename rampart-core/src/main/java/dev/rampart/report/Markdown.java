package dev.rampart.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few Markdown constructs the rule reference and SARIF help need. */
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

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
  static String anchor(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }
}
