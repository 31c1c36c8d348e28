package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-DF-006",
    title = "Every base image is pinned by digest",
    severity = Severity.LOW,
    controls = "image.pinned-base",
    rationale =
        "A tag is a movable pointer: its publisher (or anyone who takes over the repository) can"
            + " push new content under `12.7-slim`. Only a digest names exactly the bytes that"
            + " were tested, so the build is reproducible and cannot be swapped underneath you.",
    remediation =
        "Append the digest of the tag you use: `FROM debian:12.7-slim@sha256:<digest>` (see"
            + " `docker buildx imagetools inspect debian:12.7-slim`), and let Renovate or"
            + " Dependabot keep tag and digest up to date.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
      "https://docs.renovatebot.com/docker/#digest-pinning"
    })
public final class BaseImagePinnedByDigest implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      // Untagged and :latest images are RA-DF-004's and RA-DF-005's to report.
      BaseImages.judgeable(stage)
          .filter(image -> image.digest().isEmpty())
          .filter(image -> !BaseImages.isUntagged(image) && !BaseImages.isLatest(image))
          .ifPresent(image -> report(stage, image, out));
    }
  }

  private static void report(Stage stage, ImageRef image, Findings out) {
    out.report(
        stage.position(),
        stage.label(),
        "The base image "
            + image.resolved()
            + " is pinned by tag only; the tag can be moved to different content.");
  }
}
