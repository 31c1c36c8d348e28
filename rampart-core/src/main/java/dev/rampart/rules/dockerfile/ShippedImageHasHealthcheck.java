package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Rule(
    id = "RA-DF-003",
    title = "The image declares a health check",
    severity = Severity.LOW,
    controls = "workload.health-checks",
    aliases = {"checkov:CKV_DOCKER_2", "trivy:AVD-DS-0026", "cis-docker:4.6"},
    profiles = "cis-docker",
    rationale =
        "Without a health check Docker and Compose only know whether the process exists, not"
            + " whether it answers: a hung or deadlocked service keeps receiving traffic and is"
            + " never restarted.",
    remediation =
        "Add a HEALTHCHECK to the final stage that probes the service, for example `HEALTHCHECK"
            + " --interval=30s --timeout=3s CMD [\"/app\", \"healthcheck\"]` (or `wget -qO-"
            + " http://localhost:8080/healthz` where the image has wget). In Kubernetes, liveness"
            + " and readiness probes play this part.",
    references = {
      "https://docs.docker.com/reference/dockerfile/#healthcheck",
      "https://docs.docker.com/compose/compose-file/05-services/#healthcheck"
    })
public final class ShippedImageHasHealthcheck implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    Optional<Stage> last = file.finalStage().filter(stage -> stage.from().isPresent());
    if (last.isEmpty()) {
      return;
    }
    Stage stage = last.get();
    lastHealthcheck(file, stage)
        .ifPresentOrElse(
            healthcheck -> {
              if (isNone(healthcheck)) {
                out.report(
                    healthcheck.position(),
                    stage.label(),
                    "HEALTHCHECK NONE switches off the health check of the image.");
              }
            },
            () ->
                out.report(
                    stage.position(),
                    stage.label(),
                    "The image declares no HEALTHCHECK, so nothing notices when its service stops"
                        + " answering."));
  }

  // The HEALTHCHECK in effect at the end of the stage, following FROM <stage> back.
  private static Optional<Instruction> lastHealthcheck(Dockerfile file, Stage stage) {
    for (Stage s : file.lineage(stage)) {
      List<Instruction> checks = s.instructions("HEALTHCHECK");
      if (!checks.isEmpty()) {
        return Optional.of(checks.get(checks.size() - 1));
      }
    }
    return Optional.empty();
  }

  private static boolean isNone(Instruction healthcheck) {
    return healthcheck.arguments().strip().toUpperCase(Locale.ROOT).equals("NONE");
  }
}
