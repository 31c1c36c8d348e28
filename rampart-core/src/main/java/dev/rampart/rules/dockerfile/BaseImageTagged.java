package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-DF-004",
    title = "Every base image names a tag",
    severity = Severity.MEDIUM,
    controls = "image.pinned-base",
    aliases = {"hadolint:DL3006", "trivy:AVD-DS-0001", "checkov:CKV_DOCKER_7"},
    rationale =
        "An image named without a tag or digest means `latest`: whatever its publisher pushed"
            + " last. Two builds of the same commit can then ship different operating systems,"
            + " and a compromised or broken upstream release enters the image unreviewed.",
    remediation =
        "Name the version you tested: `FROM debian:12.7-slim`, or better pin the digest too:"
            + " `FROM debian:12.7-slim@sha256:<digest>`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#from",
      "https://github.com/hadolint/hadolint/wiki/DL3006"
    })
public final class BaseImageTagged implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      BaseImages.judgeable(stage)
          .filter(BaseImages::isUntagged)
          .ifPresent(image -> report(stage, image, out));
    }
  }

  private static void report(Stage stage, ImageRef image, Findings out) {
    out.report(
        stage.position(),
        stage.label(),
        "The base image "
            + image.resolved()
            + " has no tag, so every build pulls whatever `latest` is that day.");
  }
}
