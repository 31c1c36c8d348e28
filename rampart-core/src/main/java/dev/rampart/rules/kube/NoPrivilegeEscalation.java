package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-004",
    title = "No container sets allowPrivilegeEscalation: true",
    severity = Severity.HIGH,
    controls = "container.no-privilege-escalation",
    aliases = {
      "polaris:privilegeEscalationAllowed",
      "kubesec:AllowPrivilegeEscalation",
      "kube-linter:privilege-escalation-container",
      "trivy:KSV001",
      "checkov:CKV_K8S_20"
    },
    rationale =
        "allowPrivilegeEscalation: true leaves the kernel's no_new_privs flag off, so a process"
            + " of the container gains privileges through setuid-root binaries (su, sudo, mount)"
            + " and file capabilities: a non-root user becomes root again. Written out, it is a"
            + " deliberate opt-out rather than a forgotten default.",
    remediation =
        "Set `allowPrivilegeEscalation: false` in the container's securityContext. A workload"
            + " that needs a setuid helper needs instead the one capability that helper uses.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    })
public final class NoPrivilegeEscalation implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        SecurityContexts.own(container, "allowPrivilegeEscalation")
            .filter(entry -> entry.value().asBoolean().orElse(false))
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.label(container),
                        "allowPrivilegeEscalation is true: the processes of "
                            + container.label()
                            + " may gain privileges through setuid binaries."));
      }
    }
  }
}
