package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-002",
    title = "No container is privileged",
    severity = Severity.CRITICAL,
    controls = "container.not-privileged",
    aliases = {
      "polaris:runAsPrivileged",
      "kube-score:container-security-context-privileged",
      "kubesec:Privileged",
      "kube-linter:privileged-container"
    },
    rationale =
        "A privileged container has every capability and every device of the node, and no"
            + " seccomp or AppArmor confinement: whoever controls it controls the node.",
    remediation =
        "Remove `privileged: true`. Grant the one capability the workload needs instead"
            + " (`capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}`), or move node-level work"
            + " to a narrowly scoped, reviewed DaemonSet.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    })
public final class ContainersNotPrivileged implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        container
            .securityContext()
            .flatMap(context -> context.entry("privileged"))
            .filter(entry -> entry.value().asBoolean().orElse(false))
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.label(container),
                        container.label()
                            + " is privileged: it has the node's devices and"
                            + " every capability."));
      }
    }
  }
}
