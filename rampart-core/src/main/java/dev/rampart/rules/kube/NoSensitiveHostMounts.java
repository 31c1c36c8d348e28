package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-016",
    title = "Pods mount no sensitive path of the node",
    severity = Severity.CRITICAL,
    controls = "container.no-sensitive-host-mounts",
    aliases = {
      "polaris:hostPathSet",
      "kubesec:DockerSock",
      "kubesec:ProcMount",
      "kube-linter:docker-sock",
      "kube-linter:container-runtime-sock",
      "kube-linter:sensitive-host-mounts",
      "trivy:KSV023",
      "checkov:CKV_K8S_27"
    },
    rationale =
        "Some host paths are the node: the container runtime's socket starts privileged"
            + " containers on request, /proc and /sys reach every process and the kernel's"
            + " settings, /etc and /root hold the node's credentials, /var/lib/kubelet every"
            + " pod's secrets, and / all of it. Mounting one, even read-only, gives whoever"
            + " controls the pod control of the node. A directory above one of them (/var,"
            + " /run) counts too.",
    remediation =
        "Remove the hostPath volume and its volumeMounts. Talk to the Kubernetes API, not the"
            + " runtime's socket; build images with a daemonless builder (BuildKit rootless,"
            + " kaniko); read node metrics through the kubelet or a reviewed exporter.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    })
public final class NoSensitiveHostMounts implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (HostPaths.Volume volume : HostPaths.of(workload)) {
        HostPaths.sensitive(volume.path())
            .ifPresent(
                exposed ->
                    out.report(
                        volume.at().position(),
                        workload.object().label(),
                        workload.object().label()
                            + " mounts "
                            + volume.label()
                            + ": "
                            + exposed
                            + "."));
      }
    }
  }
}
