package dev.rampart.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values that stand in for a secret without being one: {@code changeme}, {@code <your-key>}, {@code
 * ${VAR}}, {@code {{ .Values.x }}}, {@code xxxx}, {@code sk-...}, {@code ****}, documentation
 * examples ({@code AKIAIOSFODNN7EXAMPLE}), {@code dummy-token}, {@code test123}, and runs such as
 * {@code aaaaaaaa}, {@code 12345678} or {@code abcdefgh}.
 *
 * <p>Every secret rule applies this test, so it only rejects what no generated token looks like: a
 * word such as {@code test} inside a random token ({@code sk_test_4eC39Hq...}) keeps it a secret.
 */
public final class Placeholders {
  // Templating of every common kind: ${VAR}, {{ x }}, <%= x %>, #{x}, %(x)s, %VAR%, <your-key>.
  private static final Pattern TEMPLATED =
      Pattern.compile(
          "\\$\\{[^}]*}|\\{\\{.*?}}|<%.*?%>|#\\{[^}]*}|%\\([A-Za-z_]+\\)s|%[A-Za-z_]+%|<[A-Za-z][^<>]*>");

  // Words that documentation and templates put where a secret goes, anywhere in the value. None
  // is likely inside a random token.
  private static final List<String> WORDS =
      List.of(
          "changeme",
          "change_me",
          "change-me",
          "changethis",
          "change_this",
          "replace",
          "your_",
          "your-",
          "yourkey",
          "yoursecret",
          "yourtoken",
          "yourpassword",
          "example",
          "placeholder",
          "redacted",
          "notasecret",
          "not_a_secret",
          "not-a-secret",
          "insert",
          "secret_here",
          "token_here",
          "key_here",
          "password_here",
          "goes_here",
          "goes-here");

  // Words that make a placeholder only when the value is made of nothing else (and of digits and
  // separators): "test-token-123", "dummy_api_key", "fake-secret" are placeholders,
  // "sk_test_4eC39HqLyjWDarjtT1zdp7dc" is not.
  private static final Set<String> FILLER_WORDS =
      Set.of(
          "test",
          "tests",
          "testing",
          "dummy",
          "fake",
          "mock",
          "mocked",
          "sample",
          "demo",
          "foo",
          "bar",
          "baz",
          "qux",
          "quux",
          "my",
          "your",
          "the",
          "a",
          "an",
          "some",
          "secret",
          "secrets",
          "password",
          "passwd",
          "pass",
          "pwd",
          "token",
          "key",
          "api",
          "apikey",
          "access",
          "auth",
          "value",
          "default",
          "admin",
          "user",
          "none",
          "null",
          "nil",
          "empty",
          "todo",
          "tbd",
          "fixme",
          "here",
          "xxx",
          "abc",
          "xyz",
          "private",
          "client",
          "app",
          "super",
          "very",
          "local",
          "dev",
          "development",
          "changeit",
          "letmein",
          "hunter",
          "qwerty",
          "asdf",
          "stub",
          "fixture",
          "invalid",
          "wrong",
          "bad",
          "good",
          "valid",
          "new",
          "old",
          "live",
          "prod",
          "staging",
          "string",
          "str",
          "text",
          "random",
          "generated",
          "for",
          "of",
          "to",
          "is",
          "not",
          "real",
          "this",
          "that",
          "and",
          "or",
          "with",
          "without");

  private static final Pattern MASKED = Pattern.compile("(?:x{4,}|X{4,}|\\*{3,}|\\.{3,}|…|#{4,})");
  private static final Pattern WORD_PARTS = Pattern.compile("[^A-Za-z]+");
  private static final Pattern LETTERS = Pattern.compile(".*[A-Za-z].*");

  private Placeholders() {}

  /** True when {@code value} is a placeholder, a template or a mask rather than a secret. */
  public static boolean isPlaceholder(String value) {
    String v = value.strip();
    if (v.isEmpty() || References.isOnlyReferences(v) || TEMPLATED.matcher(v).find()) {
      return true;
    }
    if (MASKED.matcher(v).find() || isFewDistinctChars(v) || isRepeatedUnit(v) || isRun(v)) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    for (String word : WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return isFillerOnly(lower);
  }

  private static boolean isFewDistinctChars(String v) {
    return v.chars().distinct().count() <= 2 && v.length() >= 4;
  }

  // abcabcabc, 12121212, testtesttest: one short unit over and over.
  private static boolean isRepeatedUnit(String v) {
    int length = v.length();
    for (int unit = 1; unit <= length / 2; unit++) {
      if (length % unit == 0 && v.equals(v.substring(0, unit).repeat(length / unit))) {
        return true;
      }
    }
    return false;
  }

  // 12345678, abcdefgh, 0123456789abcdef, ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz,
  // sk_abcdefghijklmnopqrstuvwxyz123: three quarters of the value in runs of three or more
  // consecutive characters (either case, up or down). A random token has almost none.
  private static boolean isRun(String v) {
    if (v.length() < 6) {
      return false;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    int inRuns = 0;
    int i = 0;
    while (i < lower.length()) {
      int j = i + 1;
      int step = j < lower.length() ? lower.charAt(j) - lower.charAt(i) : 0;
      if (step == 1 || step == -1) {
        while (j < lower.length() && lower.charAt(j) - lower.charAt(j - 1) == step) {
          j++;
        }
      }
      if (j - i >= 3) {
        inRuns += j - i;
        i = j;
      } else {
        i++;
      }
    }
    return inRuns * 4 >= v.length() * 3;
  }

  // test-token-123, dummy_api_key, my-fake-secret: only filler words, digits and separators.
  private static boolean isFillerOnly(String lower) {
    if (!LETTERS.matcher(lower).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isDigit(lower.charAt(i))) {
        digits++;
      }
    }
    if (digits > 4) {
      return false;
    }
    for (String word : WORD_PARTS.split(lower, -1)) {
      if (!word.isEmpty() && !isFillerWords(word)) {
        return false;
      }
    }
    return true;
  }

  // "mysecretpassword" is "my" "secret" "password": the word splits into filler words.
  private static boolean isFillerWords(String word) {
    boolean[] splits = new boolean[word.length() + 1];
    splits[0] = true;
    for (int end = 1; end <= word.length(); end++) {
      for (int start = end - 1; start >= 0 && !splits[end]; start--) {
        splits[end] = splits[start] && FILLER_WORDS.contains(word.substring(start, end));
      }
    }
    return splits[word.length()];
  }
}
