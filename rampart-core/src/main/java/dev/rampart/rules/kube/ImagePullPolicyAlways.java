package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-K8S-028",
    title = "Every container sets imagePullPolicy: Always",
    severity = Severity.LOW,
    controls = "image.pinned-base",
    aliases = {"polaris:pullPolicyNotAlways"},
    rationale =
        "With `IfNotPresent`, a node that already holds an image starts it from its cache: a pod"
            + " of any namespace on that node can then run a private image without the pull"
            + " credentials for it, and a tag that was moved keeps running its old content."
            + " `Always` makes the kubelet ask the registry every time (a digest check, cheap"
            + " when nothing changed). Kubernetes defaults to `Always` only for untagged and"
            + " `:latest` images, so the default flips to `IfNotPresent` the day the tag is"
            + " pinned: the policy is required in writing.",
    remediation =
        "Write `imagePullPolicy: Always` on every container, or enable the AlwaysPullImages"
            + " admission plugin on the cluster.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy",
      "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages"
    })
public final class ImagePullPolicyAlways implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        check(workload, container, out);
      }
    }
  }

  private static void check(Workload workload, Container container, Findings out) {
    Optional<YamlEntry> policy =
        container.node().entry("imagePullPolicy").filter(entry -> !entry.value().isNull());
    Optional<String> value = policy.flatMap(entry -> entry.value().asText());
    if (value.filter("Always"::equals).isPresent()) {
      return;
    }
    String where = workload.label(container);
    if (policy.isPresent()) {
      out.report(
          policy.get().position(),
          where,
          "imagePullPolicy is "
              + value.orElse("not a name")
              + ": "
              + container.label()
              + " may start from a node's cached image, without the registry checking the"
              + " pod's pull credentials or the tag's current content.");
    } else if (followsLatest(container)) {
      out.report(
          container.position(),
          where,
          container.label()
              + " sets no imagePullPolicy: Kubernetes pulls Always only because the image is"
              + " untagged or `latest`, and switches to IfNotPresent once the tag is pinned.");
    } else {
      out.report(
          container.position(),
          where,
          container.label()
              + " sets no imagePullPolicy, so Kubernetes uses IfNotPresent for its tagged image.");
    }
  }

  private static boolean followsLatest(Container container) {
    return container
        .node()
        .get("image")
        .flatMap(YamlNode::asText)
        .map(image -> ImageRef.of(image.strip()))
        .filter(ContainerImages::followsLatest)
        .isPresent();
  }
}
