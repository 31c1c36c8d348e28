package dev.rampart.rules.fly;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.format.fly.Service;
import dev.rampart.format.fly.ServicePort;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FLY-002",
    title = "Web ports of a Fly service terminate TLS at the proxy",
    severity = Severity.MEDIUM,
    controls = "tls.enabled",
    rationale =
        "A `[[services.ports]]` entry without the `tls` handler is not encrypted by Fly's proxy."
            + " On 443 or 8443 with `handlers = [\"http\"]` the proxy speaks plain HTTP on the"
            + " port clients use for HTTPS; with no handlers at all it passes raw TCP through, so"
            + " web traffic on 80, 443, 8080 or 8443 is encrypted only if the app itself"
            + " terminates TLS, with a certificate it must obtain and renew on its own (and"
            + " cannot redirect plain HTTP there through the proxy). Ports with `http` but no"
            + " `tls` on 80 or 8080 are RA-FLY-001's. Every app is read as public (see"
            + " RA-FLY-001).",
    remediation =
        "Let the proxy terminate TLS: `handlers = [\"tls\", \"http\"]` on port 443 (or `[\"tls\"]`"
            + " for a TLS-wrapped TCP protocol), and on port 80 `handlers = [\"http\"]` with"
            + " `force_https = true`. If the app really terminates TLS itself (mutual TLS, its own"
            + " certificates), say so in a comment and disable this rule for the file.",
    references = {
      "https://fly.io/docs/networking/services/#connection-handlers",
      "https://fly.io/docs/reference/configuration/#services-ports-handlers"
    })
public final class WebPortsTerminateTls implements Check<FlyApp> {

  @Override
  public void check(FlyApp app, Findings out) {
    for (Service service : app.services()) {
      if (!service.protocol().equals("tcp")) {
        continue;
      }
      for (ServicePort port : service.ports()) {
        if (port.terminatesTls() || !WebPorts.isWebPort(port)) {
          continue;
        }
        if (port.speaksHttp() && WebPorts.isHttpsPort(port)) {
          PortFindings.report(
              out,
              app,
              service,
              port,
              "speaks plain HTTP on "
                  + port.describe()
                  + ", where clients expect HTTPS: its handlers have `http` but no `tls`.");
        } else if (!port.speaksHttp()) {
          PortFindings.report(
              out,
              app,
              service,
              port,
              "passes raw TCP on "
                  + port.describe()
                  + " to the app: no handler terminates TLS, so the traffic is encrypted only if"
                  + " the app does it itself.");
        }
      }
    }
  }
}
