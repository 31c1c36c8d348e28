package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-DF-005",
    title = "No base image uses the latest tag",
    severity = Severity.MEDIUM,
    controls = "image.pinned-base",
    aliases = {"hadolint:DL3007", "trivy:AVD-DS-0001", "checkov:CKV_DOCKER_7"},
    rationale =
        "`latest` moves with every release of the base image. Builds stop being reproducible, a"
            + " new major version can break the service without any change to the repository, and"
            + " a compromised upstream release is pulled in without review.",
    remediation =
        "Replace `latest` with the version you tested, such as `node:22.11-bookworm-slim`, and"
            + " add its digest (`@sha256:...`) to hold it still.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#from",
      "https://github.com/hadolint/hadolint/wiki/DL3007"
    })
public final class BaseImageNotLatest implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      BaseImages.judgeable(stage)
          .filter(BaseImages::isLatest)
          .ifPresent(image -> report(stage, image, out));
    }
  }

  private static void report(Stage stage, ImageRef image, Findings out) {
    out.report(
        stage.position(),
        stage.label(),
        "The base image "
            + image.resolved()
            + " follows `latest`, which changes with every upstream release.");
  }
}
