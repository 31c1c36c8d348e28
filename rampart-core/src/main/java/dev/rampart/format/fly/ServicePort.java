package dev.rampart.format.fly;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code [[services.ports]]}: a public port, or a range of them, and the handlers Fly's proxy
 * applies to connections there ({@code tls} terminates TLS, {@code http} speaks HTTP to the app,
 * {@code proxy_proto} prepends the PROXY header, {@code pg_tls} terminates PostgreSQL's TLS; none
 * passes raw TCP through).
 *
 * @param at its table header (or inline table)
 * @param port its port ({@code port = 443}), if given
 * @param startPort with {@code endPort}, the range it covers instead ({@code start_port}, {@code
 *     end_port})
 * @param handlers its handlers, lower case, in order
 * @param forceHttps whether {@code force_https = true}: plain HTTP there is redirected to HTTPS
 * @param allowlist where an {@code allowlist} key is written on it, if one is
 */
public record ServicePort(
    Position at,
    OptionalLong port,
    OptionalLong startPort,
    OptionalLong endPort,
    List<String> handlers,
    boolean forceHttps,
    Optional<Position> allowlist) {

  public ServicePort {
    handlers = List.copyOf(handlers);
  }

  /** Whether {@code number} is this port or inside its range. */
  public boolean covers(long number) {
    if (port.isPresent()) {
      return port.getAsLong() == number;
    }
    return startPort.isPresent()
        && number >= startPort.getAsLong()
        && number <= endPort.orElse(startPort.getAsLong());
  }

  /** For example {@code port 443} or {@code ports 10000-10010}. */
  public String describe() {
    if (port.isPresent()) {
      return "port " + port.getAsLong();
    }
    if (startPort.isPresent()) {
      return "ports " + startPort.getAsLong() + "-" + endPort.orElse(startPort.getAsLong());
    }
    return "a port with no number";
  }

  /** Whether Fly's proxy terminates TLS here ({@code tls} or {@code pg_tls}). */
  public boolean terminatesTls() {
    return handlers.contains("tls") || handlers.contains("pg_tls");
  }

  /** Whether the proxy speaks HTTP to the client here. */
  public boolean speaksHttp() {
    return handlers.contains("http");
  }
}
