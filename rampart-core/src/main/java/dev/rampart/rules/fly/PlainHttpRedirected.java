package dev.rampart.rules.fly;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.format.fly.HttpService;
import dev.rampart.format.fly.Service;
import dev.rampart.format.fly.ServicePort;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FLY-001",
    title = "Plain HTTP at Fly's proxy only redirects to HTTPS (force_https)",
    severity = Severity.MEDIUM,
    controls = "tls.enabled",
    rationale =
        "Fly's proxy answers HTTP on port 80 for an `[http_service]`, and on every"
            + " `[[services.ports]]` whose handlers are `http` without `tls`. Unless `force_https"
            + " = true` is set there, it passes those requests to the app, which serves pages,"
            + " session cookies and API tokens in clear text to anyone on the path; Fly's default"
            + " is false. Every app is read as public: `fly.toml` does not say whether an app has"
            + " public IP addresses (`fly ips list` does), and `fly launch` allocates them for any"
            + " app with services. A private app reached only over Flycast cannot use"
            + " `force_https`, which Flycast does not support; disable the rule for it.",
    remediation =
        "Set `force_https = true` in `[http_service]` (and on each `[[services.ports]]` with"
            + " `handlers = [\"http\"]`), and serve the app on port 443 with `handlers = [\"tls\","
            + " \"http\"]`.",
    references = {
      "https://fly.io/docs/reference/configuration/#the-http_service-section",
      "https://fly.io/docs/reference/configuration/#services-ports-force_https",
      "https://fly.io/docs/networking/services/"
    })
public final class PlainHttpRedirected implements Check<FlyApp> {

  @Override
  public void check(FlyApp app, Findings out) {
    app.httpService().ifPresent(http -> check(app, http, out));
    for (Service service : app.services()) {
      for (ServicePort port : service.ports()) {
        if (port.speaksHttp()
            && !port.terminatesTls()
            && !port.forceHttps()
            && !WebPorts.isHttpsPort(port)) {
          PortFindings.report(
              out,
              app,
              service,
              port,
              "answers plain HTTP on "
                  + port.describe()
                  + " and does not redirect it to HTTPS: `force_https = true` is not set.");
        }
      }
    }
  }

  private static void check(FlyApp app, HttpService http, Findings out) {
    http.forceHttps()
        .ifPresentOrElse(
            force -> {
              if (!force.value()) {
                out.report(
                    force.at(),
                    "http_service",
                    "The [http_service] of "
                        + app.label()
                        + " sets `force_https = false`: requests on port 80 are served over plain"
                        + " HTTP.");
              }
            },
            () ->
                out.report(
                    http.at(),
                    "http_service",
                    "The [http_service] of "
                        + app.label()
                        + " does not set `force_https = true` (Fly's default is false): requests on"
                        + " port 80 are served over plain HTTP."));
  }
}
