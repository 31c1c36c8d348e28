package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.Settings.Setting;
import dev.rampart.rules.secrets.LiteralSecrets;
import java.util.HashSet;
import java.util.Set;

@Rule(
    id = "RA-DF-030",
    title = "No secret is written into ENV or ARG",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"trivy:AVD-DS-0031", "cis-docker:4.10"},
    profiles = "cis-docker",
    rationale =
        "An ENV value is stored in the image's configuration and an ARG default in its build"
            + " history: anyone who can pull the image reads them with `docker inspect` or `docker"
            + " history`. Written in the Dockerfile, the secret is also in the repository and its"
            + " git history for good.",
    remediation =
        "Remove the value and rotate the secret. Pass build-time secrets with `RUN"
            + " --mount=type=secret,id=npm_token ...` (`docker build --secret id=npm_token,...`),"
            + " and run-time secrets through the orchestrator: Docker or Compose secrets, a"
            + " Kubernetes Secret, or `ENV DB_PASSWORD_FILE=/run/secrets/db_password`.",
    references = {
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    })
public final class NoSecretsInEnvOrArg implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    Set<Instruction> seen = new HashSet<>();
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        seen.add(instruction);
        check(instruction, stage.label(), out);
      }
    }
    for (Instruction arg : file.globalArgs()) {
      if (!seen.contains(arg)) {
        check(arg, "global ARG", out);
      }
    }
  }

  private static void check(Instruction instruction, String object, Findings out) {
    Instruction effective = instruction.effective();
    for (Setting setting : Settings.of(effective)) {
      LiteralSecrets.describe(setting.name(), setting.value())
          .ifPresent(
              what ->
                  out.reportWithIdentity(
                      instruction.position(),
                      object,
                      effective.keyword()
                          + " gives "
                          + setting.name()
                          + " "
                          + what
                          + " that anyone who pulls the image can read.",
                      LiteralSecrets.identity(setting.name(), setting.value())));
    }
  }
}
