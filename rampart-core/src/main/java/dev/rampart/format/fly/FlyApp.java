package dev.rampart.format.fly;

import java.util.List;
import java.util.Optional;

/**
 * A Fly.io app's configuration ({@code fly.toml}): what its Fly Proxy services accept from the
 * network.
 *
 * @param name the app's name ({@code app = "..."}), if given
 * @param httpService the simplified {@code [http_service]}, if any: ports 80 and 443
 * @param services the {@code [[services]]}, in order
 */
public record FlyApp(
    Optional<String> name, Optional<HttpService> httpService, List<Service> services) {

  public FlyApp {
    services = List.copyOf(services);
  }

  /** {@code app "name"}, or {@code the app} when it has no name, for messages. */
  public String label() {
    return name.map(n -> "app \"" + n + "\"").orElse("the app");
  }
}
