package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-PSS-002",
    title =
        "PSS baseline Host Namespaces: pods do not share the node's network, PID or IPC namespace",
    severity = Severity.HIGH,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "hostNetwork gives the pod the node's interfaces and loopback services, hostPID every"
            + " process of the node, hostIPC its shared memory. The baseline standard forbids"
            + " all three.",
    remediation =
        "Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (they default to"
            + " false); expose ports through a Service instead.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class HostNamespaces implements Check<KubeManifests> {
  private static final List<String> NAMESPACES = List.of("hostNetwork", "hostPID", "hostIPC");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (String key : NAMESPACES) {
        Pss.set(workload.pod().node(), key)
            .filter(Pss::isTrue)
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.object().label(),
                        "The pod sets " + key + ": true, sharing the node's namespace."));
      }
    }
  }
}
