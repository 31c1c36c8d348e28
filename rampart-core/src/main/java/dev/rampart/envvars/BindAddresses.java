package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings that choose the address a server listens on ({@code HOST}, {@code BIND_ADDRESS}, {@code
 * LISTEN}, Spring's {@code server.address}, Gunicorn's {@code GUNICORN_BIND}), and whether the one
 * chosen is every interface of the machine: {@code 0.0.0.0}, {@code ::}, {@code *}, or a port alone
 * such as Go's {@code :8080}.
 */
public final class BindAddresses {
  // Names that are a listen address by themselves, or end one: BIND, APP_BIND_ADDRESS.
  private static final List<String> ENDINGS =
      List.of(
          "BIND",
          "BIND_ADDRESS",
          "BIND_ADDR",
          "BIND_HOST",
          "BIND_IP",
          "LISTEN",
          "LISTEN_ADDRESS",
          "LISTEN_ADDR",
          "LISTEN_HOST",
          "LISTEN_IP",
          "HTTP_ADDR",
          "HTTP_ADDRESS",
          "SERVER_ADDRESS",
          "SERVER_ADDR",
          "SERVER_HOST",
          "SERVER_BIND");

  // Whole names that are the server's own host in the common frameworks (Express examples, Vite,
  // Uvicorn, Nuxt, Rails' puma): HOST=0.0.0.0. DB_HOST and the like name another machine.
  private static final List<String> WHOLE =
      List.of("HOST", "APP_HOST", "WEB_HOST", "UVICORN_HOST", "NUXT_HOST", "NITRO_HOST");

  private static final Pattern ALL_INTERFACES =
      Pattern.compile("(?i)(?:(?:tcp|https?)://)?(?:0\\.0\\.0\\.0|\\[::]|::|\\*)(?::\\d{1,5})?/?");
  private static final Pattern PORT_ONLY = Pattern.compile(":\\d{1,5}");

  // Settings by which an application trusts a reverse proxy's forwarded headers: it says it runs
  // behind one. Express's TRUST_PROXY, Uvicorn's FORWARDED_ALLOW_IPS, Spring's
  // server.forward-headers-strategy, Django's USE_X_FORWARDED_HOST, Laravel's TRUSTED_PROXIES.
  private static final List<String> PROXY_ENDINGS =
      List.of(
          "TRUST_PROXY",
          "TRUSTED_PROXIES",
          "TRUSTED_PROXY",
          "FORWARDED_ALLOW_IPS",
          "FORWARD_HEADERS_STRATEGY",
          "USE_FORWARD_HEADERS",
          "USE_X_FORWARDED_HOST",
          "USE_X_FORWARDED_PORT",
          "PROXY_HEADERS",
          "BEHIND_PROXY");

  private BindAddresses() {}

  /** True when {@code name=value} says the application runs behind a reverse proxy. */
  public static boolean behindProxy(String name, String value) {
    String normal = SecretNames.normalise(name);
    String v = value.strip();
    return PROXY_ENDINGS.stream().anyMatch(e -> normal.equals(e) || normal.endsWith("_" + e))
        && !v.isEmpty()
        && !Switches.isOff(v)
        && !v.equalsIgnoreCase("none");
  }

  /** True when {@code name}, in any spelling, is the address a server listens on. */
  public static boolean isBindVariable(String name) {
    String normal = SecretNames.normalise(name);
    return WHOLE.contains(normal)
        || ENDINGS.stream().anyMatch(e -> normal.equals(e) || normal.endsWith("_" + e));
  }

  /**
   * What {@code name=value} binds to, as a clause to follow the name, or empty unless it is every
   * interface of the machine.
   */
  public static Optional<String> allInterfaces(String name, String value) {
    String v = value.strip();
    if (!isBindVariable(name)) {
      return Optional.empty();
    }
    if (ALL_INTERFACES.matcher(v).matches()) {
      return Optional.of("is " + v + ", so the server listens on every network interface");
    }
    if (PORT_ONLY.matcher(v).matches()) {
      return Optional.of(
          "is " + v + ", a port without an address, so the server listens on every interface");
    }
    return Optional.empty();
  }
}
