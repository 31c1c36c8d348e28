package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-K8S-003",
    title = "Pods do not share the node's network, PID or IPC namespace",
    severity = Severity.HIGH,
    controls = "container.not-privileged",
    aliases = {
      "polaris:hostNetworkSet",
      "polaris:hostPIDSet",
      "polaris:hostIPCSet",
      "kubesec:HostNetwork",
      "kubesec:HostPID",
      "kubesec:HostIPC",
      "kube-linter:host-network",
      "kube-linter:host-pid",
      "kube-linter:host-ipc"
    },
    rationale =
        "With hostNetwork a pod binds the node's interfaces and reaches services listening on"
            + " its loopback, bypassing NetworkPolicy; with hostPID it sees and can signal every"
            + " process of the node, and read their environment; with hostIPC it shares the"
            + " node's shared memory.",
    remediation =
        "Remove `hostNetwork`, `hostPID` and `hostIPC` (they default to false). Expose ports"
            + " with a Service, and leave node-level monitoring to a reviewed agent.",
    references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"})
public final class NoHostNamespaces implements Check<KubeManifests> {
  private static final List<String> NAMESPACES = List.of("hostNetwork", "hostPID", "hostIPC");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      KubeObject object = workload.object();
      for (String key : NAMESPACES) {
        workload
            .pod()
            .node()
            .entry(key)
            .filter(entry -> entry.value().asBoolean().orElse(false))
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        object.label(),
                        object.label() + " sets " + key + ": true, sharing the node's namespace."));
      }
    }
  }
}
