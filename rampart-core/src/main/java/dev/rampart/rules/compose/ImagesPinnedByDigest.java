package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-035",
    title = "Service images are pinned by digest",
    severity = Severity.LOW,
    controls = "image.pinned-base",
    aliases = {},
    rationale =
        "A tag is a movable pointer: its publisher, or whoever takes over the repository, can push"
            + " other content under `16.4`, and the next `docker compose pull` runs that instead."
            + " Only a digest names exactly the bytes that were tested. Untagged and `latest`"
            + " images are RA-CMP-011's to report; a service that builds its image, and an image"
            + " named through a variable with no known value, are passed over.",
    remediation =
        "Append the digest of the tag you run, `image: postgres:16.4@sha256:<digest>` (see"
            + " `docker buildx imagetools inspect postgres:16.4`), and let Renovate or Dependabot"
            + " keep tag and digest up to date.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#image",
      "https://docs.renovatebot.com/docker/#digest-pinning"
    })
public final class ImagesPinnedByDigest implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    PulledImages.report(
        file,
        out,
        image ->
            image.digest().isPresent() || image.tag().filter(tag -> !tag.equals("latest")).isEmpty()
                ? Optional.empty()
                : Optional.of("is pinned by its tag only, which its publisher can move"));
  }
}
