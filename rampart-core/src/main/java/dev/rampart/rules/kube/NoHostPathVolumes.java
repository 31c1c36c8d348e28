package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-015",
    title = "Pods mount no directory of the node",
    severity = Severity.HIGH,
    controls = "container.no-sensitive-host-mounts",
    aliases = {"polaris:hostPathSet", "trivy:KSV023"},
    rationale =
        "A hostPath volume hands the pod a piece of the node's filesystem. Written to, it"
            + " plants files that other pods and the node itself will read; read, it leaks the"
            + " node's logs and state; and a symlink race or a later change of path turns it"
            + " into the node's root. It also ties the pod's data to one node. (The paths that"
            + " give the node away outright are RA-K8S-016.)",
    remediation =
        "Use a volume that belongs to the pod: `emptyDir` for scratch space, a"
            + " PersistentVolumeClaim for data, a ConfigMap or Secret for configuration. Leave"
            + " node-level collection (logs, metrics) to a reviewed agent DaemonSet, and mount"
            + " what it reads `readOnly: true`.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    })
public final class NoHostPathVolumes implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (HostPaths.Volume volume : HostPaths.of(workload)) {
        if (HostPaths.sensitive(volume.path()).isEmpty()) {
          out.report(
              volume.at().position(),
              workload.object().label(),
              workload.object().label() + " mounts " + volume.label() + ".");
        }
      }
    }
  }
}
