package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.List;
import java.util.Optional;

/**
 * Settings by which an application redirects plain HTTP to HTTPS itself: Django's {@code
 * SECURE_SSL_REDIRECT}, {@code FORCE_HTTPS}, {@code FORCE_SSL}, {@code HTTPS_ONLY}, {@code
 * REQUIRE_HTTPS}, {@code HTTPS_REDIRECT}, {@code SSL_REDIRECT}, and whether one is off.
 */
public final class HttpsVariables {
  private static final List<String> ENDINGS =
      List.of(
          "SSL_REDIRECT",
          "HTTPS_REDIRECT",
          "REDIRECT_TO_HTTPS",
          "REDIRECT_HTTPS",
          "FORCE_HTTPS",
          "FORCE_SSL",
          "FORCE_TLS",
          "HTTPS_ONLY",
          "REQUIRE_HTTPS",
          "REQUIRE_SSL",
          "ENFORCE_HTTPS");

  private HttpsVariables() {}

  /**
   * What {@code name=value} does, as a clause to follow the name, or empty unless it turns the
   * redirect to HTTPS off.
   */
  public static Optional<String> redirectOff(String name, String value) {
    String v = value.strip();
    String normal = SecretNames.normalise(name);
    boolean redirect = ENDINGS.stream().anyMatch(e -> normal.equals(e) || normal.endsWith("_" + e));
    if (redirect && Switches.isOff(v)) {
      return Optional.of(
          "is " + v + ", so the application answers plain HTTP instead of redirecting it to HTTPS");
    }
    return Optional.empty();
  }
}
