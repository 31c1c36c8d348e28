package dev.rampart.format.dockerfile;

import java.util.Map;

/**
 * Substitutes build arguments in a word the way Docker does for {@code FROM}: {@code $NAME}, {@code
 * ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:+alt}} and {@code
 * ${NAME+alt}}, with quotes removed. Only argument defaults are known, so a variable without one is
 * left as written and the result is marked unresolved.
 */
final class ArgExpander {
  private static final int MAX_NESTING = 8;

  private final Map<String, String> values;
  private boolean unresolved;

  /**
   * The outcome of an expansion.
   *
   * @param unresolved true when some variable had no known value
   */
  record Expansion(String text, boolean unresolved) {}

  private ArgExpander(Map<String, String> values) {
    this.values = values;
  }

  /**
   * @param values the known values by name; a name absent here is unset
   */
  static Expansion expand(String word, Map<String, String> values) {
    ArgExpander expander = new ArgExpander(values);
    String text = expander.expand(word, 0);
    return new Expansion(text, expander.unresolved);
  }

  private String expand(String word, int nesting) {
    StringBuilder out = new StringBuilder(word.length());
    char quote = 0;
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (quote != '\'' && c == '\\' && i + 1 < word.length()) {
        out.append(word.charAt(i + 1));
        i += 2;
      } else if ((quote == 0 && (c == '\'' || c == '"')) || (quote != 0 && c == quote)) {
        quote = quote == 0 ? c : 0;
        i++;
      } else if (quote != '\'' && c == '$') {
        i = variable(word, i, out, nesting);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Expands the variable at {@code word[dollar]} into {@code out}; returns the index after it. */
  private int variable(String word, int dollar, StringBuilder out, int nesting) {
    int i = dollar + 1;
    if (i < word.length() && word.charAt(i) == '{') {
      return braced(word, dollar, out, nesting);
    }
    int nameEnd = nameEnd(word, i);
    if (nameEnd == i) {
      out.append('$');
      return i;
    }
    String name = word.substring(i, nameEnd);
    String value = values.get(name);
    if (value == null) {
      unresolved = true;
      out.append(word, dollar, nameEnd);
    } else {
      out.append(value);
    }
    return nameEnd;
  }

  private int braced(String word, int dollar, StringBuilder out, int nesting) {
    int close = closingBrace(word, dollar + 1);
    if (close < 0) {
      unresolved = true;
      out.append(word, dollar, word.length());
      return word.length();
    }
    int nameStart = dollar + 2;
    int nameEnd = nameEnd(word, nameStart);
    String name = word.substring(nameStart, nameEnd);
    String op = operator(word, nameEnd, close);
    String value = values.get(name);
    String operand = word.substring(nameEnd + op.length(), close);
    boolean set = value != null;
    boolean setAndNonEmpty = set && !value.isEmpty();
    switch (op) {
      case "" ->
          append(out, name.isEmpty() || nameEnd != close ? null : value, word, dollar, close);
      case ":-" -> out.append(setAndNonEmpty ? value : nested(operand, nesting));
      case "-" -> out.append(set ? value : nested(operand, nesting));
      case ":+" -> out.append(setAndNonEmpty ? nested(operand, nesting) : "");
      case "+" -> out.append(set ? nested(operand, nesting) : "");
      default -> append(out, null, word, dollar, close);
    }
    return close + 1;
  }

  private void append(StringBuilder out, String value, String word, int dollar, int close) {
    if (value == null) {
      unresolved = true;
      out.append(word, dollar, close + 1);
    } else {
      out.append(value);
    }
  }

  private String nested(String operand, int nesting) {
    if (nesting >= MAX_NESTING) {
      unresolved = true;
      return operand;
    }
    return expand(operand, nesting + 1);
  }

  private static String operator(String word, int at, int close) {
    for (String op : new String[] {":-", ":+", "-", "+"}) {
      if (word.startsWith(op, at) && at + op.length() <= close) {
        return op;
      }
    }
    return at == close ? "" : "?";
  }

  private static int nameEnd(String word, int from) {
    int i = from;
    while (i < word.length() && isNameChar(word.charAt(i), i == from)) {
      i++;
    }
    return i;
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return letter || (!first && c >= '0' && c <= '9');
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  private static int closingBrace(String word, int open) {
    int nesting = 0;
    for (int i = open; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        nesting++;
      } else if (c == '}' && --nesting == 0) {
        return i;
      }
    }
    return -1;
  }
}
