package dev.rampart.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values that stand in for a secret without being one: {@code changeme}, {@code <your-key>}, {@code
 * ${VAR}}, {@code {{ .Values.x }}}, {@code xxxx}, {@code sk-...}, documentation examples.
 */
public final class Placeholders {
  // Templating of every common kind: ${VAR}, {{ x }}, <%= x %>, #{x}, %(x)s, %VAR%, <your-key>.
  private static final Pattern TEMPLATED =
      Pattern.compile(
          "\\$\\{[^}]*}|\\{\\{.*?}}|<%.*?%>|#\\{[^}]*}|%\\([A-Za-z_]+\\)s|%[A-Za-z_]+%|<[A-Za-z][^<>]*>");

  // Words that documentation and templates put where a secret goes.
  private static final List<String> WORDS =
      List.of(
          "changeme",
          "change_me",
          "change-me",
          "replace",
          "your_",
          "your-",
          "yourkey",
          "yoursecret",
          "yourtoken",
          "yourpassword",
          "example",
          "sample",
          "dummy",
          "placeholder",
          "redacted",
          "notasecret",
          "not_a_secret",
          "fake",
          "insert",
          "secret_here",
          "token_here",
          "key_here",
          "password_here");

  private static final Pattern MASKED = Pattern.compile("(?:x{4,}|X{4,}|\\*{3,}|\\.{3,}|…|#{4,})");

  private Placeholders() {}

  /** True when {@code value} is a placeholder, a template or a mask rather than a secret. */
  public static boolean isPlaceholder(String value) {
    String v = value.strip();
    if (v.isEmpty() || References.isOnlyReferences(v) || TEMPLATED.matcher(v).find()) {
      return true;
    }
    if (MASKED.matcher(v).find() || isOneRepeatedChar(v)) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    for (String word : WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneRepeatedChar(String v) {
    return v.chars().distinct().count() <= 2 && v.length() >= 4;
  }
}
