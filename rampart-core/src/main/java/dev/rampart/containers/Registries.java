package dev.rampart.containers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registries an image cannot be trusted to come from, until a configuration names the trusted ones:
 * a registry known only by an IP address, which no certificate names, or one on the host's own
 * loopback address.
 */
public final class Registries {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern PORT = Pattern.compile(":\\d+$");

  private Registries() {}

  /**
   * Why {@code registry} cannot be trusted, when it cannot; the machine that pulls it is called
   * {@code machine} ({@code node}, {@code host}).
   */
  public static Optional<String> untrusted(String registry, String machine) {
    String host = PORT.matcher(registry.toLowerCase(Locale.ROOT)).replaceFirst("");
    if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")) {
      return Optional.of("a registry on the " + machine + "'s own loopback address");
    }
    if (IPV4.matcher(host).matches() || host.startsWith("[")) {
      return Optional.of("a registry known only by its IP address, which no certificate names");
    }
    return Optional.empty();
  }
}
