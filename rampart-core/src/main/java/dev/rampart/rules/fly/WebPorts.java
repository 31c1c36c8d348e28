package dev.rampart.rules.fly;

import dev.rampart.format.fly.ServicePort;

/** The ports browsers and HTTP clients use, where a Fly service is expected to speak (T)LS. */
final class WebPorts {
  private static final long[] HTTPS = {443, 8443};
  private static final long[] HTTP = {80, 8080};

  private WebPorts() {}

  /** Whether {@code port} covers 443 or 8443, where clients expect TLS. */
  static boolean isHttpsPort(ServicePort port) {
    return coversAny(port, HTTPS);
  }

  /** Whether {@code port} covers a web port: 80, 443, 8080 or 8443. */
  static boolean isWebPort(ServicePort port) {
    return coversAny(port, HTTP) || coversAny(port, HTTPS);
  }

  private static boolean coversAny(ServicePort port, long[] numbers) {
    for (long number : numbers) {
      if (port.covers(number)) {
        return true;
      }
    }
    return false;
  }
}
