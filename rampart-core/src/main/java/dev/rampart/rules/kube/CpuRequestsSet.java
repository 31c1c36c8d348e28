package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-023",
    title = "Every container sets a CPU request",
    severity = Severity.LOW,
    controls = "container.resource-limits",
    aliases = {
      "polaris:cpuRequestsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-cpu-requirements",
      "trivy:KSV015",
      "checkov:CKV_K8S_10"
    },
    rationale =
        "The scheduler places a pod by the CPU its containers request, and under contention the"
            + " kernel shares CPU time in proportion to the requests. A container that requests"
            + " none may land on a busy node and gets almost no CPU when its neighbours are busy."
            + " When only a limit is written, Kubernetes copies it into the request; the request"
            + " is best written out. Checked for app containers and native sidecars.",
    remediation =
        "Set `resources: {requests: {cpu: 250m}}` to the CPU the container uses in steady state.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/assign-cpu-resource/"
    })
public final class CpuRequestsSet implements Check<KubeManifests> {
  private static final ContainerResources.Requirement CPU_REQUEST =
      ContainerResources.Requirement.request(
          "cpu",
          "CPU request",
          "the scheduler reserves no CPU for it, and it gets almost no CPU time when its"
              + " neighbours are busy.",
          "Kubernetes takes its CPU limit as the request; write the request it needs.");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    CPU_REQUEST.check(manifests, out);
  }
}
