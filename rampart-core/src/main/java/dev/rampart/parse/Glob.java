package dev.rampart.parse;

import java.util.regex.Pattern;

/** glob(3) wildcards of one path segment, as regular expressions. */
final class Glob {
  private Glob() {}

  static boolean hasWildcard(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
  }

  /** {@code *}, {@code ?} and {@code [...]}; neither wildcard matches a leading {@code .}. */
  static Pattern toRegex(String segment) {
    StringBuilder regex = new StringBuilder();
    if (segment.charAt(0) == '*' || segment.charAt(0) == '?' || segment.charAt(0) == '[') {
      regex.append("(?!\\.)");
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      int close = c == '[' ? segment.indexOf(']', i + 2) : -1;
      if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (close > 0) {
        String set = segment.substring(i + 1, close);
        boolean negated = set.startsWith("!");
        regex.append('[').append(negated ? "^" : "");
        for (char member : (negated ? set.substring(1) : set).toCharArray()) {
          if (member != '-' && !Character.isLetterOrDigit(member)) {
            regex.append('\\');
          }
          regex.append(member);
        }
        regex.append(']');
        i = close;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
