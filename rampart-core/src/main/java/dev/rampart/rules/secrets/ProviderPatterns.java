package dev.rampart.rules.secrets;

import dev.rampart.secrets.SecretPattern;

/**
 * Building blocks for provider token patterns: a token with its own prefix stands alone, while a
 * prefix-less one only counts when the provider's name is part of the key it is assigned to (the
 * assignment itself is read by {@link Assigned}).
 */
final class ProviderPatterns {
  /** What may follow a token: anything outside the usual token alphabets, or the end. */
  static final String END = "(?:[^0-9A-Za-z_+/=.-]|$)";

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
    // The assignment grammar is Assigned's, shared with every other keyed pattern.
    return SecretPattern.of(kind)
        .keywords(words)
        .minEntropy(minEntropy)
        .reach(Assigned.REACH)
        .regex(Assigned.toExactly(name, value));
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
