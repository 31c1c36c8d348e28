package dev.rampart.parse;

import java.util.regex.Pattern;

/**
 * Parse errors of the libraries behind the readers (Jackson, tomlj), made safe to report: they
 * quote the text they stumbled on, which in a settings or deployment file may be a secret.
 */
public final class ParseMessages {
  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'?|\"[^\"\\n]*\"?|`[^`\\n]*`?");

  private ParseMessages() {}

  /**
   * {@code message} without anything it quotes, up to its first detail ({@code :} or {@code (}).
   */
  public static String withoutText(String message) {
    String s = message == null ? "" : QUOTED.matcher(message).replaceAll("");
    int cut = s.length();
    for (char stop : new char[] {':', '(', '\n'}) {
      int at = s.indexOf(stop);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    String shown = s.substring(0, cut).replaceAll("\\s+", " ").strip();
    return shown.isEmpty() ? "unexpected text" : shown;
  }
}
