package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.Registries;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-059",
    title = "Images come from a registry with a name, not an IP address or the node itself",
    severity = Severity.MEDIUM,
    controls = "image.trusted-source",
    rationale =
        "A registry addressed by IP (`10.0.4.7:5000/app`) has no name a TLS certificate can"
            + " prove, so it is almost always run as an insecure (plain HTTP or unverified)"
            + " registry: anyone on the path can swap the image. A `localhost` or `127.0.0.1`"
            + " registry is whatever the node happens to run on that port, a registry no one"
            + " reviewed and every node has its own of. Which named registries are trusted is a"
            + " project's choice; this rule catches the sources no project should trust.",
    remediation =
        "Push the image to a registry with a DNS name and a certificate (your own, or a"
            + " provider's such as `ghcr.io` or `registry.example.com`), and reference it by that"
            + " name, ideally with its digest.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/",
      "https://docs.docker.com/engine/daemon/insecure-registries/"
    })
public final class ImagesFromNamedRegistries implements Check<KubeManifests> {
  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (ContainerImages.Image image : ContainerImages.of(manifests)) {
      image
          .ref()
          .registry()
          .flatMap(registry -> Registries.untrusted(registry, "node"))
          .ifPresent(
              why ->
                  out.report(
                      image.entry().position(),
                      image.where(),
                      image.container().label()
                          + " pulls "
                          + image.ref().raw()
                          + " from "
                          + why
                          + "."));
    }
  }
}
