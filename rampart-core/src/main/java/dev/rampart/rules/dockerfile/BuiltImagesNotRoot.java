package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-DF-001",
    title = "The image does not switch to root for good",
    severity = Severity.HIGH,
    controls = "container.non-root",
    aliases = {"hadolint:DL3002", "checkov:CKV_DOCKER_8", "cis-docker:4.1"},
    profiles = "cis-docker",
    rationale =
        "A process running as root inside a container is root on the host's kernel: one escape"
            + " bug away from the node. The last USER of the image decides who the process is."
            + " A named stage that no other stage uses is there to be built with `--target`, so"
            + " it is an image too.",
    remediation =
        "Switch back with `USER 10001` (a numeric, non-zero UID) after the steps that need root.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    })
public final class BuiltImagesNotRoot implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.targetStages()) {
      Users.lastUser(file, stage)
          .filter(user -> Users.isRoot(user.arguments()))
          .ifPresent(user -> report(file, stage, user, out));
    }
  }

  private static void report(Dockerfile file, Stage stage, Instruction user, Findings out) {
    String image =
        file.finalStage().equals(Optional.of(stage))
            ? "The image"
            : "Built with `--target " + stage.name().orElse("") + "`, the image";
    out.report(
        user.position(),
        stage.label(),
        image + " runs as " + user.arguments().strip() + ": this is the last USER it sets.");
  }
}
