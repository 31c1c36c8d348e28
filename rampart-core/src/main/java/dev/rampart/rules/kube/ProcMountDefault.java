package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-017",
    title = "Containers keep the runtime's masks on /proc",
    severity = Severity.MEDIUM,
    controls = "container.not-privileged",
    aliases = {"polaris:procMount", "kube-linter:unsafe-proc-mount", "trivy:KSV027"},
    rationale =
        "The runtime masks and makes read-only the parts of /proc that reach the node's"
            + " kernel (/proc/sys, /proc/sysrq-trigger, /proc/kcore and others). procMount:"
            + " Unmasked lifts those masks; only the default is safe.",
    remediation = "Remove `procMount`, or set it to `Default`.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    })
public final class ProcMountDefault implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        SecurityContexts.own(container, "procMount")
            .filter(entry -> !entry.value().asText().orElse("").equals("Default"))
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.label(container),
                        "procMount is "
                            + entry.value().asText().orElse("not a name")
                            + ", not Default: "
                            + container.label()
                            + " may see the parts of /proc that the runtime masks."));
      }
    }
  }
}
