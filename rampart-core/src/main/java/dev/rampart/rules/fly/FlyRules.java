package dev.rampart.rules.fly;

import dev.rampart.check.Check;
import dev.rampart.format.fly.FlyApp;
import java.util.List;

/**
 * Every rule over Fly.io's {@code fly.toml}. A new rule is one class in this package and one line.
 */
public final class FlyRules {
  private FlyRules() {}

  public static List<Check<FlyApp>> all() {
    return List.of(
        // TLS at Fly's proxy (RA-FLY-001..002)
        new PlainHttpRedirected(),
        new WebPortsTerminateTls(),
        // what the proxy exposes to the internet (RA-FLY-003..004)
        new AdminPortsNotPublic(),
        new DataStoresNotPublic());
  }
}
