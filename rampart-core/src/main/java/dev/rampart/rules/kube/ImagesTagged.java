package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-026",
    title = "Every container image names a version other than latest",
    severity = Severity.MEDIUM,
    controls = "image.pinned-base",
    aliases = {
      "polaris:tagNotSpecified",
      "kube-score:container-image-tag",
      "kube-linter:latest-tag",
      "trivy:KSV013",
      "checkov:CKV_K8S_14",
      "checkov:CKV_K8S_43"
    },
    rationale =
        "An image without a tag means `latest`, and `latest` moves with every push. Each node"
            + " pulls it when it first starts the pod, so replicas of one Deployment can run"
            + " different code, a rollback returns to nothing in particular, and a broken or"
            + " compromised release reaches production without a change to the manifest. A"
            + " registry port is not a tag: `registry:5000/app` is untagged.",
    remediation =
        "Name the version you tested, `image: registry.example.com/web:1.4.2`, or better its"
            + " digest too: `web:1.4.2@sha256:<digest>`.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"
    })
public final class ImagesTagged implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (ContainerImages.Image image : ContainerImages.of(manifests)) {
      String runs = image.container().label() + " runs " + image.ref().raw();
      if (image.isUntagged()) {
        out.report(
            image.entry().position(),
            image.where(),
            runs + ", with no tag: each node pulls whatever `latest` is when it starts the pod.");
      } else if (image.isLatest()) {
        out.report(
            image.entry().position(),
            image.where(),
            runs
                + ", which follows `latest`: replicas started on different days run different"
                + " code.");
      }
    }
  }
}
