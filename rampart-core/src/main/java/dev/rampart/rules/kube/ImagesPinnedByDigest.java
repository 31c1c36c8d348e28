package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-027",
    title = "Every container image is pinned by digest",
    severity = Severity.LOW,
    controls = "image.pinned-base",
    aliases = {"checkov:CKV_K8S_43"},
    rationale =
        "A tag is a movable pointer: its publisher, or whoever takes over the repository, can push"
            + " other content under `1.4.2`, and nodes that pull it later run that instead. Only a"
            + " digest names exactly the bytes that were tested. Untagged and `latest` images are"
            + " RA-K8S-026's to report.",
    remediation =
        "Append the digest of the tag you deploy, `image: web:1.4.2@sha256:<digest>` (see `docker"
            + " buildx imagetools inspect web:1.4.2`), and let Renovate or your CD pipeline keep"
            + " tag and digest up to date.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://docs.renovatebot.com/docker/#digest-pinning"
    })
public final class ImagesPinnedByDigest implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (ContainerImages.Image image : ContainerImages.of(manifests)) {
      if (image.ref().digest().isEmpty() && !image.isUntagged() && !image.isLatest()) {
        out.report(
            image.entry().position(),
            image.where(),
            image.container().label()
                + " runs "
                + image.ref().raw()
                + " by tag only; the tag can be moved to other content.");
      }
    }
  }
}
