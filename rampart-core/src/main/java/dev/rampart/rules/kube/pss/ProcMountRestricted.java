package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-019",
    title =
        "PSS restricted /proc Mount Type: containers keep the default /proc masks, in a user"
            + " namespace too",
    severity = Severity.HIGH,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "Restricted does not take up baseline's v1.35 relaxation for pods with their own user"
            + " namespace: it allows only `procMount: Default` (or none) in every container"
            + " whatever `hostUsers` says. RA-PSS-010 reports the other pods, in both profiles,"
            + " so this rule reports only those with `hostUsers: false`.",
    remediation =
        "Remove `procMount` from the container's securityContext (or set `procMount: Default`).",
    references = {Pss.RESTRICTED_DOC, Pss.USER_NAMESPACES_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class ProcMountRestricted implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      // RA-PSS-010 reports the pods without a user namespace, in restricted too.
      if (Pss.userNamespace(workload.pod())) {
        Pss.reportUnmaskedProcMounts(
            workload, out, "; restricted forbids that in a user namespace too");
      }
    }
  }
}
