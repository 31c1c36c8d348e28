package dev.rampart.format.fly;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code [[services]]} of a {@code fly.toml}: the ports on which Fly's proxy accepts
 * connections for the app, and the {@code internal_port} it forwards them to.
 *
 * @param at its table header
 * @param number its place among the app's services, from 1
 * @param protocol {@code tcp} (the default) or {@code udp}
 * @param internalPort the port the app listens on, if given
 * @param processes the process groups that serve it ({@code processes = ["app"]}), possibly none
 * @param ports its public ports, in order
 * @param allowlist where an {@code allowlist} key is written on the service itself, if one is: no
 *     setting Fly knows, but some guides suggest it
 */
public record Service(
    Position at,
    int number,
    String protocol,
    OptionalLong internalPort,
    List<String> processes,
    List<ServicePort> ports,
    Optional<Position> allowlist) {

  public Service {
    processes = List.copyOf(processes);
    ports = List.copyOf(ports);
  }

  /** For example {@code service 2 (internal port 22)}. */
  public String label() {
    return "service "
        + number
        + (internalPort.isPresent() ? " (internal port " + internalPort.getAsLong() + ")" : "");
  }
}
