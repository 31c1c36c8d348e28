package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-021",
    title = "Every container sets a CPU limit",
    severity = Severity.LOW,
    controls = "container.resource-limits",
    aliases = {
      "polaris:cpuLimitsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-cpu-requirements",
      "trivy:KSV011",
      "checkov:CKV_K8S_11"
    },
    rationale =
        "Without a CPU limit a container may use every core of its node. Other pods keep the CPU"
            + " they requested, but whatever they use above it, and every pod without a request,"
            + " competes with a runaway loop or a flood of requests. A limit caps the damage one"
            + " container does; its cost is throttling when the container bursts, so set it from"
            + " measurements. Checked for app containers and native sidecars.",
    remediation =
        "Set `resources: {limits: {cpu: 500m}}` (with a matching request) from the CPU the"
            + " container was measured to use under load.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/assign-cpu-resource/"
    })
public final class CpuLimitsSet implements Check<KubeManifests> {
  private static final ContainerResources.Requirement CPU_LIMIT =
      ContainerResources.Requirement.limit(
          "cpu", "CPU limit", "only the number of cores of its node bounds its CPU use.");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    CPU_LIMIT.check(manifests, out);
  }
}
