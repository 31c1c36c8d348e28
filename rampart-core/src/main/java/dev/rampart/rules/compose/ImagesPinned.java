package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-011",
    title = "Service images are tagged, and not latest",
    severity = Severity.MEDIUM,
    controls = "image.pinned-base",
    aliases = {},
    rationale =
        "An image without a tag is `latest`, and `latest` is whatever was pushed last: the"
            + " same file starts different software on each pull, an upstream release can break"
            + " or compromise the service unreviewed, and a rollback has nothing to return to."
            + " An image named through a variable is judged by its default (`${TAG:-1.4.2}`) or"
            + " its value in the `.env` file beside the Compose file; without either it is not"
            + " judged. A service that builds its image names it with"
            + " `image:` and is passed over.",
    remediation =
        "Name a specific version, `image: postgres:16.4`, or better a digest,"
            + " `image: postgres:16.4@sha256:...`, and update it deliberately (Renovate and"
            + " Dependabot both update Compose files).",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#image",
      "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions"
    })
public final class ImagesPinned implements Check<ComposeFile> {
  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      Optional<YamlEntry> image = service.entry("image");
      Optional<String> written = image.flatMap(entry -> entry.value().asText()).map(String::strip);
      if (written.isEmpty() || service.builds()) {
        continue;
      }
      Optional<ImageRef> resolved = service.imageRef();
      if (resolved.isEmpty()) {
        continue;
      }
      ImageRef ref = resolved.get();
      if (ref.digest().isPresent()) {
        continue;
      }
      if (ref.tag().isEmpty()) {
        out.report(
            image.get().position(),
            service.label(),
            "image " + written.get() + " of " + service.label() + " has no tag, so it is latest.");
      } else if (ref.tag().get().equals("latest")) {
        out.report(
            image.get().position(),
            service.label(),
            "image " + written.get() + " of " + service.label() + " is tagged latest.");
      }
    }
  }
}
