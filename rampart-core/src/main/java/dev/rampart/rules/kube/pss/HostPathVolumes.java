package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-005",
    title = "PSS baseline HostPath Volumes: pods mount no hostPath volume",
    severity = Severity.HIGH,
    controls = {"container.no-sensitive-host-mounts", Pss.CONTROL},
    rationale =
        "A hostPath volume mounts a directory of the node into the pod: the node's"
            + " credentials, its container runtime socket or its logs are a path away. The"
            + " baseline standard forbids hostPath volumes whatever the path.",
    remediation =
        "Replace the hostPath volume with an emptyDir, a configMap or secret, or a"
            + " persistentVolumeClaim.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class HostPathVolumes implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (YamlMapping volume : Pss.volumes(workload.pod())) {
        Pss.set(volume, "hostPath")
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.object().label(),
                        "Volume "
                            + Pss.text(volume, "name")
                            + " mounts a directory of the node (hostPath)."));
      }
    }
  }
}
