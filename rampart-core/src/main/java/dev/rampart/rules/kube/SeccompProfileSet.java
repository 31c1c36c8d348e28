package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-011",
    title = "Containers run with a seccomp profile",
    severity = Severity.LOW,
    controls = "container.seccomp",
    aliases = {"trivy:KSV030"},
    rationale =
        "A container that neither it nor its pod gives a seccomp profile runs Unconfined,"
            + " free to make every system call, unless its node's kubelet runs with"
            + " --seccomp-default, which the manifest cannot promise. The runtime's default"
            + " profile costs nothing to almost every workload. The legacy"
            + " seccomp.security.alpha.kubernetes.io annotations count as a profile. (A profile"
            + " that says Unconfined is RA-K8S-010.)"
            + " Windows pods (spec.os.name: windows), which may not set it, are passed over.",
    remediation =
        "Set `seccompProfile: {type: RuntimeDefault}` in the pod's securityContext, or a"
            + " `Localhost` profile written for the workload.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    })
public final class SeccompProfileSet implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (!SecurityContexts.linux(workload)) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        if (Profiles.effective(workload, container, Profiles.Kind.SECCOMP).isEmpty()) {
          out.report(
              container.position(),
              workload.label(container),
              "Neither the pod nor "
                  + container.label()
                  + " sets a seccompProfile, so it may make every system call unless the node"
                  + " defaults to RuntimeDefault.");
        }
      }
    }
  }
}
