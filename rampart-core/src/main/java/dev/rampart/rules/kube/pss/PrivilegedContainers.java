package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-003",
    title = "PSS baseline Privileged Containers: no container is privileged",
    severity = Severity.CRITICAL,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "A privileged container has every capability and device of the node and no seccomp or"
            + " AppArmor confinement. The baseline standard forbids `privileged: true` in every"
            + " container, init and ephemeral ones included.",
    remediation =
        "Remove `privileged: true` from the container's securityContext (it defaults to false)"
            + " and add back only the capability the workload needs.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class PrivilegedContainers implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        Pss.securityField(container, "privileged")
            .filter(Pss::isTrue)
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.label(container),
                        container.label()
                            + " sets privileged: true: it has every capability and device of"
                            + " the node."));
      }
    }
  }
}
