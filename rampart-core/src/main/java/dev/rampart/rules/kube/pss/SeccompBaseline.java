package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-011",
    title =
        "PSS baseline Seccomp: no pod or container sets a seccomp profile other than"
            + " RuntimeDefault or Localhost",
    severity = Severity.HIGH,
    controls = {"container.seccomp", Pss.CONTROL},
    rationale =
        "A seccomp profile limits the system calls a container can make into the node's"
            + " kernel; `Unconfined` removes the limit. The baseline standard does not require"
            + " a profile, but a `seccompProfile` that is set, in the pod's securityContext or"
            + " any container's, must have type `RuntimeDefault` or `Localhost`: a pod-level"
            + " Unconfined is forbidden even where every container sets its own profile.",
    remediation =
        "Set `seccompProfile: {type: RuntimeDefault}` (or `{type: Localhost, localhostProfile:"
            + " <file>}`), or remove the seccompProfile.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class SeccompBaseline implements Check<KubeManifests> {
  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      Pss.reportUnconfining(workload, "seccompProfile", "a seccomp", out);
    }
  }
}
