package dev.rampart.rules.secrets;

import dev.rampart.secrets.SecretPattern;

/**
 * Building blocks for provider token patterns: a token with its own prefix stands alone, while a
 * prefix-less one only counts when the provider's name is part of the key it is assigned to.
 */
final class ProviderPatterns {
  /** What may follow a token: anything outside the usual token alphabets, or the end. */
  static final String END = "(?:[^0-9A-Za-z_+/=.-]|$)";

  // A key name holding the provider's word (`adafruitToken`, `ADAFRUIT_API_KEY`, `"adafruit"`), an
  // assignment in any common syntax (= := ::= :::= ?= .= => : , || and an XML element's `>`), then
  // quotes or blanks, the value, and a closing quote, blank or separator.
  private static final String NAME_TAIL = "[\\w.\\- \\t]{0,20}?[\"'`]?\\s{0,3}";
  private static final String OPERATOR = "(?:=|:=|::=|:::=|\\?=|\\.=|=>|:|,|>|\\|\\|)";
  private static final String OPENING = "[\\s\"'`=]{0,8}";
  private static final String CLOSING = "(?:[\\s\"'`;,)<\\\\]|$)";

  /** Enough to reach the value of an XML element written over three lines. */
  private static final int KEYED_REACH = SecretPattern.DEFAULT_REACH + 128;

  private ProviderPatterns() {}

  /**
   * A prefix-less value of the shape {@code value}, assigned to a key whose name holds one of
   * {@code words} (lower-case literals, also the detector's keywords).
   */
  static SecretPattern keyed(String kind, double minEntropy, String value, String... words) {
    StringBuilder name = new StringBuilder("(?i:");
    for (int i = 0; i < words.length; i++) {
      name.append(i == 0 ? "" : "|").append(quote(words[i]));
    }
    return keyedName(kind, minEntropy, value, name.append(')').toString(), words);
  }

  /**
   * Like {@link #keyed}, with the provider's word given as an expression, for words that are only
   * selective in some cases ({@code ETSY} or {@code Etsy}, not the {@code etSy} of {@code
   * SetSysctl}).
   */
  static SecretPattern keyedName(
      String kind, double minEntropy, String value, String name, String... words) {
    return SecretPattern.of(kind)
        .keywords(words)
        .minEntropy(minEntropy)
        .reach(KEYED_REACH)
        .regex(
            name
                + "(?i:"
                + NAME_TAIL
                + ")"
                + OPERATOR
                + OPENING
                + "(?P<secret>"
                + value
                + ")"
                + CLOSING);
  }

  /** A token that starts with its own {@code prefix} (a literal), then {@code rest}. */
  static SecretPattern prefixed(String kind, double minEntropy, String prefix, String rest) {
    return SecretPattern.of(kind)
        .keywords(prefix)
        .minEntropy(minEntropy)
        .regex("(?:^|[^0-9A-Za-z_+/.-])(?P<secret>" + quote(prefix) + rest + ")" + END);
  }

  private static String quote(String literal) {
    return literal.replaceAll("([.\\\\+*?\\[^\\]$(){}=!<>|:-])", "\\\\$1");
  }
}
