package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern PORT = Pattern.compile(":\\d+$");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (ContainerImages.Image image : ContainerImages.of(manifests)) {
      image
          .ref()
          .registry()
          .flatMap(ImagesFromNamedRegistries::untrusted)
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

  /** Why a registry host cannot be trusted, when it cannot. */
  private static Optional<String> untrusted(String registry) {
    String host = PORT.matcher(registry.toLowerCase(Locale.ROOT)).replaceFirst("");
    if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")) {
      return Optional.of("a registry on the node's own loopback address");
    }
    if (IPV4.matcher(host).matches() || host.startsWith("[")) {
      return Optional.of("a registry known only by its IP address, which no certificate names");
    }
    return Optional.empty();
  }
}
