package dev.rampart.rules.fly;

import dev.rampart.check.Findings;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.format.fly.Service;
import dev.rampart.format.fly.ServicePort;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a Fly service puts on the internet: a TCP service with ports is reachable on the app's
 * public addresses. A service without ports is reachable only over the private network (6PN), and
 * is not reported.
 */
final class PublicPorts {
  // Ranges wider than this are not walked port by port.
  private static final long WIDEST_RANGE = 65_536;

  private PublicPorts() {}

  /**
   * Reports, once per service, the first public port at which {@code what} names the program that
   * listens there (by the service's {@code internal_port}, or by the public port's number).
   */
  static void report(
      FlyApp app, Findings out, LongFunction<Optional<String>> what, String consequence) {
    for (Service service : app.services()) {
      if (!service.protocol().equals("tcp") || service.ports().isEmpty()) {
        continue;
      }
      Optional<String> internal =
          service.internalPort().isPresent()
              ? what.apply(service.internalPort().getAsLong())
              : Optional.empty();
      for (ServicePort port : service.ports()) {
        Optional<String> found = internal.isPresent() ? internal : byNumber(port, what);
        if (found.isPresent()) {
          PortFindings.report(
              out,
              app,
              service,
              port,
              "exposes "
                  + found.get()
                  + " on public "
                  + port.describe()
                  + consequence
                  + allowlistNote(service, port));
          break;
        }
      }
    }
  }

  private static Optional<String> byNumber(ServicePort port, LongFunction<Optional<String>> what) {
    if (port.port().isPresent()) {
      return what.apply(port.port().getAsLong());
    }
    if (port.startPort().isEmpty()) {
      return Optional.empty();
    }
    long start = port.startPort().getAsLong();
    long end = Math.min(port.endPort().orElse(start), start + WIDEST_RANGE);
    for (long number = start; number <= end; number++) {
      Optional<String> found = what.apply(number);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  // The `allowlist` key of some guides restricts nothing: Fly's configuration has no such setting.
  private static String allowlistNote(Service service, ServicePort port) {
    return port.allowlist().isPresent() || service.allowlist().isPresent()
        ? " The `allowlist` written beside it is no Fly setting, and the proxy ignores it."
        : "";
  }
}
