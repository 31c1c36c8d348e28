package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings that choose which origins may read an application's responses across origins (CORS):
 * {@code CORS_ORIGINS=*}, {@code cors.allowed-origins: "*"}, Django's {@code
 * CORS_ALLOW_ALL_ORIGINS=True}, and whether credentials (cookies, authorization headers) are sent
 * along: {@code CORS_ALLOW_CREDENTIALS=true}.
 */
public final class CorsVariables {
  // A wildcard alone or as one of a list's items: "*", "*, https://a.example", ["*"].
  private static final Pattern WILDCARD_ITEM =
      Pattern.compile("(?:^|[\\s,;\\[\"'])\\*(?:$|[\\s,;\\]\"'])");

  private CorsVariables() {}

  /** True when {@code name}, in any spelling, lists the origins CORS allows. */
  public static boolean isOriginsVariable(String name) {
    String normal = SecretNames.normalise(name);
    if (normal.endsWith("ACCESS_CONTROL_ALLOW_ORIGIN")) {
      return true;
    }
    boolean origins =
        normal.endsWith("ORIGIN")
            || normal.endsWith("ORIGINS")
            || normal.endsWith("ORIGIN_PATTERNS")
            || normal.endsWith("ORIGIN_WHITELIST")
            || normal.endsWith("ORIGIN_ALLOWLIST");
    return origins && normal.contains("CORS");
  }

  /**
   * What {@code name=value} allows, as a clause to follow the name, or empty unless it lets every
   * origin read responses: a wildcard among the allowed origins, or an allow-all switch on ({@code
   * CORS_ALLOW_ALL_ORIGINS=True}, {@code CORS_ORIGIN_ALLOW_ALL=True}).
   */
  public static Optional<String> anyOrigin(String name, String value) {
    String v = value.strip();
    String normal = SecretNames.normalise(name);
    if ((normal.endsWith("CORS_ALLOW_ALL_ORIGINS") || normal.endsWith("CORS_ORIGIN_ALLOW_ALL"))
        && Switches.isOn(v)) {
      return Optional.of("is " + v + ", which lets every origin read the responses");
    }
    if (isOriginsVariable(name) && WILDCARD_ITEM.matcher(v).find()) {
      return Optional.of("allows the origin *, so any web site can read the responses");
    }
    return Optional.empty();
  }

  /** True when {@code name=value} makes CORS responses allow credentials. */
  public static boolean allowsCredentials(String name, String value) {
    String normal = SecretNames.normalise(name);
    boolean credentials =
        normal.endsWith("ACCESS_CONTROL_ALLOW_CREDENTIALS")
            || (normal.contains("CORS") && normal.endsWith("CREDENTIALS"));
    return credentials && Switches.isOn(value);
  }
}
