package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-022",
    title = "Every container sets a memory request",
    severity = Severity.LOW,
    controls = "container.resource-limits",
    aliases = {
      "polaris:memoryRequestsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-memory-requirements",
      "trivy:KSV016",
      "checkov:CKV_K8S_12"
    },
    rationale =
        "The scheduler places a pod by the memory its containers request. A container that"
            + " requests none may land on a node with no room for it, and when the node runs"
            + " short its pod is among the first evicted. When only a limit is written,"
            + " Kubernetes copies it into the request, which reserves more than the container"
            + " may need and hides the intent; the request is best written out. Checked for app"
            + " containers and native sidecars.",
    remediation =
        "Set `resources: {requests: {memory: 256Mi}}` to the memory the container uses in steady"
            + " state, next to its limit.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/"
    })
public final class MemoryRequestsSet implements Check<KubeManifests> {
  private static final ContainerResources.Requirement MEMORY_REQUEST =
      ContainerResources.Requirement.request(
          "memory",
          "memory request",
          "the scheduler reserves no memory for it, and its pod is among the first evicted when"
              + " the node runs short.",
          "Kubernetes takes its memory limit as the request; write the request it needs.");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    MEMORY_REQUEST.check(manifests, out);
  }
}
