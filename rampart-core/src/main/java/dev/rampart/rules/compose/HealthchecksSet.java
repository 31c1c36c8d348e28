package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-CMP-015",
    title = "Long-running services have a health check that is not disabled",
    severity = Severity.LOW,
    controls = "workload.health-checks",
    aliases = {"cis-docker:5.27"},
    profiles = "cis-docker",
    rationale =
        "Without a health check Docker knows only whether the process runs: a server that hangs,"
            + " deadlocks or has lost its database stays `running`, `depends_on: {condition:"
            + " service_healthy}` cannot wait for it, and nothing restarts it."
            + " `healthcheck: {disable: true}` and `test: [\"NONE\"]` also turn off the image's own"
            + " HEALTHCHECK. A service that builds its image passes when its Dockerfile's final"
            + " stage has a HEALTHCHECK (the build context is read from the scanned tree). Services"
            + " that run to completion are passed over, as Kubernetes' probe rules pass over Jobs:"
            + " one another service waits for with `condition: service_completed_successfully`,"
            + " one that must not be restarted (`restart: \"no\"`, or `deploy.restart_policy."
            + "condition: none`) and has a `command` of its own, and one whose profiles all name a"
            + " task (`tools`, `migrate`, `setup`, `seed`, `backup`, `test` ...).",
    remediation =
        "Add a `healthcheck` that asks the service itself whether it works, such as `test:"
            + " [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:8080/healthz\"]` with `interval:"
            + " 30s`, `timeout: 5s`, `retries: 3` and a `start_period` for slow starters; for"
            + " PostgreSQL `[\"CMD-SHELL\", \"pg_isready -U postgres\"]`, for Redis `[\"CMD\","
            + " \"redis-cli\", \"ping\"]`.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#healthcheck",
      "https://docs.docker.com/reference/dockerfile/#healthcheck"
    })
public final class HealthchecksSet implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Set<String> oneShot = OneShotServices.of(file);
    for (Service service : file.services()) {
      if (oneShot.contains(service.name())) {
        continue;
      }
      if (service.healthcheckDisabled()) {
        out.report(
            service.healthcheck().orElseThrow().position(),
            service.label(),
            service.label() + " disables its health check, the image's HEALTHCHECK with it.");
      } else if (service.healthcheck().isEmpty() && !service.build().healthcheck()) {
        out.report(
            service.position(),
            service.label(),
            service.label()
                + " has no healthcheck: unless its image declares a HEALTHCHECK, a hung server"
                + " stays running and healthy to Docker.");
      }
    }
  }
}
