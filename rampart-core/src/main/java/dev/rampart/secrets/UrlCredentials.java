package dev.rampart.secrets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords written into URLs: {@code postgres://app:s3cret@db:5432/app}. A URL's name rarely says
 * "secret" ({@code DATABASE_URL}), so its value has to.
 */
public final class UrlCredentials {
  private static final Pattern USER_INFO =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://([^/\\s:@]*):([^/\\s@]+)@");

  private UrlCredentials() {}

  /**
   * The password of the first URL in {@code text} that carries one, unless it is only a variable
   * reference such as {@code ${DB_PASSWORD}}.
   */
  public static Optional<String> inlinePassword(String text) {
    Matcher m = USER_INFO.matcher(text);
    while (m.find()) {
      String password = m.group(2);
      if (!References.isOnlyReferences(password)) {
        return Optional.of(password);
      }
    }
    return Optional.empty();
  }
}
