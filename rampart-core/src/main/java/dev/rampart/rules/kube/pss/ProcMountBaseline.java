package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-010",
    title = "PSS baseline /proc Mount Type: containers keep the default /proc masks",
    severity = Severity.HIGH,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "The runtime masks and makes read-only the parts of /proc that reveal or change the"
            + " node's kernel; `procMount: Unmasked` lifts that. The baseline standard allows"
            + " only `Default` (or no procMount) in every container, except, since policy"
            + " v1.35, in a pod with its own user namespace (`hostUsers: false`), where the"
            + " unmasked /proc belongs to that namespace.",
    remediation =
        "Remove `procMount` from the container's securityContext (or set `procMount: Default`).",
    references = {Pss.BASELINE_DOC, Pss.USER_NAMESPACES_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class ProcMountBaseline implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      // In its own user namespace the pod unmasks its own /proc, not the node's (policy v1.35).
      if (!Pss.userNamespace(workload.pod())) {
        Pss.reportUnmaskedProcMounts(workload, out, "");
      }
    }
  }
}
