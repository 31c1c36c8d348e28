package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.Registries;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-028",
    title = "Images come from a registry with a name, not an IP address or the host itself",
    severity = Severity.MEDIUM,
    controls = "image.trusted-source",
    aliases = {},
    rationale =
        "A registry addressed by IP (`10.0.4.7:5000/app`) has no name a TLS certificate can"
            + " prove, so it is usually configured as an insecure registry, pulled over plain"
            + " HTTP or without verification: whoever is on the path serves their own image. A"
            + " registry on the host's loopback (`localhost:5000/app`) is whatever was pushed"
            + " there last, by anyone on the host, with no provenance. Which named registries"
            + " to trust is for a project configuration to say; until then, named ones pass. A"
            + " service that builds its image names the result with `image:` and is passed over.",
    remediation =
        "Push the image to a registry with a DNS name and a certificate (your own, or a"
            + " provider's such as ghcr.io or registry.gitlab.com), pull it by that name, and pin"
            + " it by digest.",
    references = {
      "https://docs.docker.com/engine/daemon/insecure-registries/",
      "https://docs.docker.com/reference/compose-file/services/#image"
    })
public final class ImagesFromNamedRegistries implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    PulledImages.report(
        file,
        out,
        image ->
            image
                .registry()
                .flatMap(registry -> Registries.untrusted(registry, "host"))
                .map(why -> "comes from " + why));
  }
}
