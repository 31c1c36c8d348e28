package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-K8S-031",
    title = "Every emptyDir volume sets a sizeLimit",
    severity = Severity.LOW,
    controls = "container.writable-tmp-hardened",
    rationale =
        "An emptyDir without a sizeLimit grows until something else stops it. On disk that is the"
            + " node's free space: a log loop or an upload flood fills it, and the kubelet starts"
            + " evicting pods, other workloads' included. With `medium: Memory` it is RAM,"
            + " counted against the container's memory limit, or only the node's memory when there"
            + " is none. With a sizeLimit the kubelet evicts the one pod that overran it.",
    remediation =
        "Set the most the pod needs: `emptyDir: {sizeLimit: 256Mi}` (or `{medium: Memory,"
            + " sizeLimit: 64Mi}` for a tmpfs), and give the containers"
            + " `resources.limits.ephemeral-storage` as well.",
    references = {
      "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir",
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage"
    })
public final class EmptyDirSizeLimited implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      List<YamlNode> volumes =
          workload.pod().node().get("volumes").map(YamlNode::items).orElse(List.of());
      for (YamlNode volume : volumes) {
        volume.asMapping().ifPresent(v -> check(workload, v, out));
      }
    }
  }

  private static void check(Workload workload, YamlMapping volume, Findings out) {
    Optional<YamlEntry> emptyDir = volume.entry("emptyDir");
    if (emptyDir.isEmpty()
        || emptyDir.get().value().get("sizeLimit").filter(l -> !l.isNull()).isPresent()) {
      return;
    }
    String name = volume.get("name").flatMap(YamlNode::asText).orElse("(unnamed)");
    boolean memory =
        emptyDir.get().value().get("medium").flatMap(YamlNode::asText).orElse("").equals("Memory");
    out.report(
        emptyDir.get().position(),
        workload.object().label(),
        "The emptyDir volume "
            + name
            + " has no sizeLimit: "
            + (memory
                ? "it is RAM, bounded only by the containers' memory limits."
                : "it may fill the node's disk, and the kubelet then evicts other pods."));
  }
}
