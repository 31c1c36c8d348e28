package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of session cookies and tokens: the cookie flags ({@code SESSION_COOKIE_SECURE}, {@code
 * CSRF_COOKIE_SECURE}, Laravel's {@code SESSION_SECURE_COOKIE}, Spring's {@code
 * server.servlet.session.cookie.secure}, {@code *_COOKIE_HTTPONLY}) and the lifetime of JWTs and
 * access tokens ({@code JWT_EXPIRES_IN=365d}, {@code ACCESS_TOKEN_EXPIRE_MINUTES=43200}).
 */
public final class SessionVariables {
  /** Longer than this, a signed token outlives any reasonable session: a day. */
  public static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(24);

  private static final Pattern HUMAN_DURATION =
      Pattern.compile(
          "(?i)(\\d{1,9})\\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?"
              + "|hours?|d|days?|w|weeks?|y|yrs?|years?)");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");

  private SessionVariables() {}

  /**
   * What {@code name=value} does to a cookie, as a clause to follow the name, or empty unless it
   * turns the cookie's Secure or HttpOnly flag off.
   */
  public static Optional<String> cookieFlagOff(String name, String value) {
    String v = value.strip();
    String normal = SecretNames.normalise(name);
    if (!Switches.isOff(v) || !normal.contains("COOKIE")) {
      return Optional.empty();
    }
    if (normal.endsWith("_SECURE") || normal.endsWith("SECURE_COOKIE")) {
      return Optional.of(
          "is "
              + v
              + ", so browsers also send the cookie over plain HTTP, where anyone on the network"
              + " path reads it and takes over the session");
    }
    if (normal.endsWith("HTTPONLY") || normal.endsWith("HTTP_ONLY")) {
      return Optional.of(
          "is " + v + ", so scripts on the page, an injected one too, can read the cookie");
    }
    return Optional.empty();
  }

  /**
   * What {@code name=value} makes a JWT's or access token's lifetime, as a clause to follow the
   * name, or empty unless it is longer than {@link #MAX_TOKEN_LIFETIME}. A duration is read with
   * its unit ({@code 30d}, {@code 12h}, {@code 2 weeks}, ISO 8601 {@code PT720H}); a bare number in
   * the unit its name ends with ({@code _MINUTES}, {@code _HOURS}, {@code _DAYS}, {@code
   * _SECONDS}), or in seconds, as the jsonwebtoken library reads {@code expiresIn}.
   */
  public static Optional<String> longTokenLifetime(String name, String value) {
    String normal = SecretNames.normalise(name);
    boolean token =
        normal.contains("JWT") || normal.contains("ACCESS_TOKEN") || normal.contains("ID_TOKEN");
    boolean lifetime =
        normal.matches(
            ".*(?:EXPIRES_IN|EXPIRES|EXPIRATION|EXPIRE|EXPIRY|TTL|LIFETIME|MAX_AGE)"
                + "(?:_(?:MS|MILLIS|SECONDS|SECS|SEC|MINUTES|MINS|MIN|HOURS|DAYS))?");
    if (!token || !lifetime || normal.contains("REFRESH")) {
      return Optional.empty();
    }
    return duration(normal, value.strip())
        .filter(d -> d.compareTo(MAX_TOKEN_LIFETIME) > 0)
        .map(
            d ->
                "is "
                    + value.strip()
                    + ", so a token is valid for "
                    + words(d)
                    + ": one that leaks keeps working that long, whatever the user does");
  }

  private static Optional<Duration> duration(String normal, String v) {
    Matcher human = HUMAN_DURATION.matcher(v);
    if (human.matches()) {
      long n = Long.parseLong(human.group(1));
      String unit = human.group(2).toLowerCase(Locale.ROOT);
      return Optional.of(ofUnit(n, unit));
    }
    if (v.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Optional.of(Duration.parse(v));
      } catch (DateTimeParseException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    if (NUMBER.matcher(v).matches()) {
      long n = Long.parseLong(v);
      if (normal.endsWith("_MS") || normal.endsWith("_MILLIS")) {
        return Optional.of(Duration.ofMillis(n));
      }
      if (normal.endsWith("_MINUTES") || normal.endsWith("_MINS") || normal.endsWith("_MIN")) {
        return Optional.of(Duration.ofMinutes(n));
      }
      if (normal.endsWith("_HOURS")) {
        return Optional.of(Duration.ofHours(n));
      }
      if (normal.endsWith("_DAYS")) {
        return Optional.of(Duration.ofDays(n));
      }
      if (normal.endsWith("_SECONDS") || normal.endsWith("_SECS") || normal.endsWith("_SEC")) {
        return Optional.of(Duration.ofSeconds(n));
      }
      // No unit: jsonwebtoken reads seconds, Spring examples (jwt.expiration=86400000) mean
      // milliseconds. Read as milliseconds, the shorter, a number is reported only when it is
      // too long either way.
      return Optional.of(Duration.ofMillis(n));
    }
    return Optional.empty();
  }

  private static Duration ofUnit(long n, String unit) {
    if (unit.startsWith("ms") || unit.startsWith("milli")) {
      return Duration.ofMillis(n);
    }
    return switch (unit.charAt(0)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      case 'w' -> Duration.ofDays(7 * n);
      default -> Duration.ofDays(365 * n);
    };
  }

  private static String words(Duration d) {
    long days = d.toDays();
    if (days >= 2) {
      return days + " days";
    }
    return d.toHours() + " hours";
  }
}
