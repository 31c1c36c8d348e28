package dev.rampart.rules.fly;

import dev.rampart.check.Findings;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.format.fly.Service;
import dev.rampart.format.fly.ServicePort;

/** How the rules over a Fly service's ports report: at the port, naming the service and app. */
final class PortFindings {
  private PortFindings() {}

  /** Reports {@code what} ("answers plain HTTP on port 80 ...") of {@code service} at its port. */
  static void report(Findings out, FlyApp app, Service service, ServicePort port, String what) {
    out.report(port.at(), service.label(), service.label() + " of " + app.label() + " " + what);
  }
}
