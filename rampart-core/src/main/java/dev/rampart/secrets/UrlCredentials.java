package dev.rampart.secrets;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords written into URLs: {@code postgres://app:s3cret@db:5432/app}. A URL's name rarely says
 * "secret" ({@code DATABASE_URL}), so its value has to.
 *
 * <p>One definition serves the Dockerfile rule, which reads single values, and the secret rules,
 * which run {@link #userInfo()} (valid in both java.util.regex and re2j) over whole files.
 */
public final class UrlCredentials {
  // user (possibly empty), ":", password, "@". Neither part may hold a quote, a space or a slash.
  private static final String USER_INFO = "([^/\\s:@\"'`<>]*):([^/\\s@\"'`]+)@";

  private static final Pattern ANY_SCHEME =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://" + USER_INFO);

  // What documentation writes where the password goes: postgres://user:password@host.
  private static final Set<String> DOCUMENTED_STAND_INS =
      Set.of(
          "password",
          "passwd",
          "pass",
          "pwd",
          "pw",
          "secret",
          "mypassword",
          "mysecretpassword",
          "yourpassword",
          "userpassword",
          "dbpassword",
          "db_password",
          "user_password",
          "token",
          "apikey",
          "api_key",
          "foo",
          "bar",
          "baz",
          "test",
          "xxx",
          "admin",
          "root",
          "user");

  // Templating that says "fill in here": <password>, [password], {password}, :password, %s.
  private static final Pattern BRACKETED =
      Pattern.compile("<[^>]*>|\\[[^]]*]|\\{[^}]*}|\\$\\([^)]*\\)|%s|%[0-9]*\\$?s|\\*+|\\.{3,}");

  // A shell expansion inside the password (${PASS}, $PASS, $(cat pass)), or a positional $1.
  private static final Pattern SHELL_EXPANSION = Pattern.compile("\\$[{(A-Za-z_]|^\\$[0-9]+$");

  private UrlCredentials() {}

  /**
   * The expression of a URL's user information, user in group 1 and password in group 2, to follow
   * a scheme and its {@code ://}.
   */
  public static String userInfo() {
    return USER_INFO;
  }

  /**
   * True when {@code password}, taken from a URL, is a literal: neither a variable reference
   * ({@code ${DB_PASSWORD}}), nor a template, nor a word that documentation puts in its place.
   */
  public static boolean isLiteralPassword(String password) {
    return !password.isEmpty()
        && !References.isOnlyReferences(password)
        && !BRACKETED.matcher(password).find()
        && !SHELL_EXPANSION.matcher(password).find()
        && password.chars().distinct().count() > 2
        && !DOCUMENTED_STAND_INS.contains(password.toLowerCase(Locale.ROOT));
  }

  /** The password of the first URL in {@code text} that carries a literal one. */
  public static Optional<String> inlinePassword(String text) {
    Matcher m = ANY_SCHEME.matcher(text);
    while (m.find()) {
      String password = m.group(2);
      if (isLiteralPassword(password)) {
        return Optional.of(password);
      }
    }
    return Optional.empty();
  }
}
