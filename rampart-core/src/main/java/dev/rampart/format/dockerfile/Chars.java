package dev.rampart.format.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Character classes and small text helpers shared by the Dockerfile parser. */
final class Chars {
  private Chars() {}

  /** Whitespace as Go's {@code unicode.IsSpace} sees it, which Docker uses to trim and split. */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u00A0'
        || Character.isSpaceChar(c);
  }

  /** The characters that end an instruction keyword: Docker splits on {@code [\t\v\f\r ]}. */
  static boolean endsKeyword(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static int skipSpaces(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words of {@code s} separated by whitespace, quotes not considered. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int i = skipSpaces(s, 0);
    while (i < s.length()) {
      int end = i;
      while (end < s.length() && !isSpace(s.charAt(end))) {
        end++;
      }
      words.add(s.substring(i, end));
      i = skipSpaces(s, end);
    }
    return words;
  }

  /** The text after the first word of {@code s} and the whitespace that follows it. */
  static String afterFirstWord(String s) {
    int i = skipSpaces(s, 0);
    while (i < s.length() && !isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(skipSpaces(s, i));
  }

  /** The end of {@code s[from, to)} with trailing whitespace removed. */
  static int trimEnd(CharSequence s, int from, int to) {
    int end = to;
    while (end > from && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Text safe to put in a message: control characters escaped, at most {@code max} characters. */
  static String printable(String s, int max) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < s.length() && out.length() < max; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return i < s.length() ? out.append("...").toString() : out.toString();
  }
}
