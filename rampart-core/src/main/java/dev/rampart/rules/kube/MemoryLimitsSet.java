package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-020",
    title = "Every container sets a memory limit",
    severity = Severity.MEDIUM,
    controls = "container.resource-limits",
    aliases = {
      "polaris:memoryLimitsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-memory-requirements",
      "trivy:KSV018",
      "checkov:CKV_K8S_13"
    },
    rationale =
        "Without a memory limit a container may take all the memory of its node: a leak or a"
            + " hostile input then ends in the kernel's out-of-memory killer, which may pick a"
            + " process of another pod, or in the node evicting its neighbours. With a limit the"
            + " container alone is killed and restarted. Checked for app containers and native"
            + " sidecars (init containers with `restartPolicy: Always`), which run as long as the"
            + " pod.",
    remediation =
        "Set `resources: {requests: {memory: 256Mi}, limits: {memory: 256Mi}}` from the memory"
            + " the container was measured to use, with headroom; a limit equal to the request"
            + " makes its memory guaranteed.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/"
    })
public final class MemoryLimitsSet implements Check<KubeManifests> {
  private static final ContainerResources.Requirement MEMORY_LIMIT =
      ContainerResources.Requirement.limit(
          "memory",
          "memory limit",
          "nothing stops it from taking its node's memory until the out-of-memory killer or an"
              + " eviction strikes, possibly at another pod.");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    MEMORY_LIMIT.check(manifests, out);
  }
}
