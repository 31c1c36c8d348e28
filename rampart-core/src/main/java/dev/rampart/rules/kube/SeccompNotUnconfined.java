package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-010",
    title = "No container runs with seccomp Unconfined",
    severity = Severity.MEDIUM,
    controls = "container.seccomp",
    aliases = {"kubesec:SeccompUnconfined", "trivy:KSV030"},
    rationale =
        "Seccomp filters the system calls a container may make; the runtime's default profile"
            + " blocks the few dozen (keyctl, add_key, kexec_load, open_by_handle_at among them)"
            + " that kernel exploits and container escapes start with. An Unconfined profile"
            + " turns that filter off on purpose, and overrides a kubelet that defaults to"
            + " RuntimeDefault."
            + " The container's setting wins over the pod's, and the legacy"
            + " seccomp.security.alpha.kubernetes.io annotations count where no field is set.",
    remediation =
        "Set `seccompProfile: {type: RuntimeDefault}` in the pod's securityContext and remove"
            + " the Unconfined setting. A workload that needs a blocked call gets a Localhost"
            + " profile that allows just that call.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    })
public final class SeccompNotUnconfined implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    Profiles.reportUnconfined(
        manifests,
        Profiles.Kind.SECCOMP,
        out,
        container -> container.label() + " may make every system call.");
  }
}
