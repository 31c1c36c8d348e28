package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-DF-002",
    title = "The image sets the user it runs as",
    severity = Severity.MEDIUM,
    controls = "container.non-root",
    aliases = {"trivy:AVD-DS-0002", "checkov:CKV_DOCKER_3", "cis-docker:4.1"},
    profiles = "cis-docker",
    rationale =
        "An image that never says USER runs its process as root, the default. Unless the"
            + " orchestrator overrides it, a compromised process then holds root on the node's"
            + " kernel, one escape bug away from the host.",
    remediation =
        "Create an unprivileged user and switch to it at the end of the final stage: `RUN useradd"
            + " --uid 10001 --no-create-home app` and `USER 10001`. Distroless images offer a"
            + " `:nonroot` tag that does this for you.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    })
public final class FinalStageSetsUser implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    file.finalStage()
        .filter(stage -> stage.from().isPresent())
        .filter(stage -> Users.lastUser(file, stage).isEmpty())
        .filter(stage -> !startsFromNonRootImage(file.lineage(stage)))
        .ifPresent(
            stage ->
                out.report(
                    stage.position(),
                    stage.label(),
                    "The image never sets USER"
                        + (stage.baseStage().isPresent() ? ", nor do the stages it builds on," : "")
                        + " so its process runs as root."));
  }

  // Distroless ":nonroot" (and ":debug-nonroot") images set a non-root USER themselves.
  private static boolean startsFromNonRootImage(List<Stage> lineage) {
    Stage root = lineage.get(lineage.size() - 1);
    return root.image()
        .flatMap(ImageRef::tag)
        .filter(tag -> tag.equals("nonroot") || tag.endsWith("-nonroot"))
        .isPresent();
  }
}
