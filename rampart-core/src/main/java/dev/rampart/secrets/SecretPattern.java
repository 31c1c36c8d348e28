package dev.rampart.secrets;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * One kind of secret, as the detector looks for it: literal keywords that an Aho-Corasick pass
 * finds cheaply, then a linear-time re2j expression run only near a keyword hit, then entropy.
 *
 * <p>The secret itself is the expression's group named {@code secret}, else its first group, else
 * the whole match. A match only counts when it overlaps the keyword that triggered it, so every
 * keyword must be part of what the expression matches (a token prefix such as {@code ghp_}, or the
 * key name of an assignment).
 *
 * @param kind what the secret is, for messages: {@code GitHub personal access token}
 * @param keywords literal strings, matched case-insensitively, of at least three characters; the
 *     more selective, the faster the scan
 * @param regex the re2j expression
 * @param minEntropy the least Shannon entropy, in bits per character, that the secret must have (0
 *     for none)
 * @param reach how many characters before and after a keyword hit the expression may need
 * @param anchoredAtWord whether a match starts at the identifier that holds the keyword (a generic
 *     {@code NAME = value}): the expression then runs once from there, anchored, instead of
 *     searching the window, which re2j does far faster for expressions with a leading {@code
 *     [\\w.-]*}
 * @param acrossLines whether a match may span lines (a PEM key, an XML value on the next line);
 *     otherwise the window also stops at the hit's line
 * @param accept a last test of the secret's value, such as a checksum or a stop-word list
 * @param acceptNamed a test of the expression's group named {@code name} (the key an assignment
 *     gives the secret, empty when there is no such group) together with the secret's value
 * @param inPath which files the pattern reads, by relative path: a generic rule skips lockfiles and
 *     templates
 */
public record SecretPattern(
    String kind,
    List<String> keywords,
    Pattern regex,
    double minEntropy,
    int reach,
    boolean anchoredAtWord,
    boolean acrossLines,
    Predicate<String> accept,
    BiPredicate<String, String> acceptNamed,
    Predicate<String> inPath) {

  /** Enough for any single-line token and its key name. */
  public static final int DEFAULT_REACH = 512;

  public SecretPattern {
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    if (keywords.isEmpty() || keywords.stream().anyMatch(k -> k.length() < 3)) {
      throw new IllegalArgumentException(
          kind + ": every pattern needs keywords of three or more characters");
    }
  }

  /** Starts a pattern: {@code SecretPattern.of("Slack bot token").keywords("xoxb-").regex(...)}. */
  public static Builder of(String kind) {
    return new Builder(kind);
  }

  /** Builds a {@link SecretPattern} step by step. */
  public static final class Builder {
    private final String kind;
    private List<String> keywords = List.of();
    private double minEntropy;
    private int reach = DEFAULT_REACH;
    private boolean acrossLines;
    private boolean anchoredAtWord;
    private Predicate<String> accept = value -> true;
    private BiPredicate<String, String> acceptNamed = (name, value) -> true;
    private Predicate<String> inPath = path -> true;

    private Builder(String kind) {
      this.kind = kind;
    }

    public Builder keywords(String... literals) {
      this.keywords = List.of(literals);
      return this;
    }

    public Builder minEntropy(double bitsPerChar) {
      this.minEntropy = bitsPerChar;
      return this;
    }

    /** For secrets that span lines, such as a PEM private key: a window of lines, this wide. */
    public Builder reach(int chars) {
      this.reach = chars;
      this.acrossLines = true;
      return this;
    }

    /** Matches start at the identifier that holds the keyword: see {@link #anchoredAtWord}. */
    public Builder anchoredAtWord() {
      this.anchoredAtWord = true;
      return this;
    }

    /** For long single-line tokens, such as a JWT with many claims. */
    public Builder reachOnLine(int chars) {
      this.reach = chars;
      this.acrossLines = false;
      return this;
    }

    public Builder accept(Predicate<String> test) {
      this.accept = test;
      return this;
    }

    /**
     * A test of the key name (the expression's group named {@code name}) and the value together,
     * for generic rules whose names decide what a value is: {@code api_token} but not {@code
     * api_token_url}.
     */
    public Builder acceptNamed(BiPredicate<String, String> test) {
      this.acceptNamed = test;
      return this;
    }

    /** Restricts the pattern to the files whose relative path passes {@code test}. */
    public Builder inPath(Predicate<String> test) {
      this.inPath = test;
      return this;
    }

    public SecretPattern regex(String expression) {
      return new SecretPattern(
          kind,
          keywords,
          Pattern.compile(expression),
          minEntropy,
          reach,
          anchoredAtWord,
          acrossLines,
          accept,
          acceptNamed,
          inPath);
    }
  }
}
