package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-001",
    title = "PSS baseline HostProcess: no pod or container runs as a Windows HostProcess",
    severity = Severity.CRITICAL,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "A Windows HostProcess container runs directly on the node, outside any container"
            + " isolation, with the node's network and file system: it is the Windows"
            + " equivalent of a privileged container. The baseline standard forbids"
            + " `windowsOptions.hostProcess: true` in the pod's securityContext and in every"
            + " container's, init and ephemeral ones included.",
    remediation =
        "Remove `windowsOptions.hostProcess` (it defaults to false) from the pod's and the"
            + " containers' securityContext; run node-level Windows agents outside the"
            + " namespaces the standard guards.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class HostProcess implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Pss.Context context : Pss.securityContexts(workload)) {
        Pss.field(context.fields(), "windowsOptions", "hostProcess")
            .filter(Pss::isTrue)
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        context.object(),
                        context.owner()
                            + " sets windowsOptions.hostProcess: true, running on the Windows"
                            + " node outside the container's isolation."));
      }
    }
  }
}
