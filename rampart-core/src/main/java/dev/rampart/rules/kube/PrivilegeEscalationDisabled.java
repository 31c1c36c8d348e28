package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-K8S-005",
    title = "Containers set allowPrivilegeEscalation: false",
    severity = Severity.MEDIUM,
    controls = "container.no-privilege-escalation",
    aliases = {"polaris:privilegeEscalationAllowed", "trivy:KSV001", "checkov:CKV_K8S_20"},
    rationale =
        "Unless a container says allowPrivilegeEscalation: false, Kubernetes leaves the kernel's"
            + " no_new_privs flag off and its processes gain privileges through setuid-root"
            + " binaries and file capabilities in the image. The field exists only in the"
            + " container's securityContext: set on the pod, it does nothing. (A container that"
            + " sets it to true is RA-K8S-004.)"
            + " Windows pods (spec.os.name: windows), which may not set it, are passed over.",
    remediation =
        "Add `allowPrivilegeEscalation: false` to the securityContext of every container, init"
            + " and ephemeral containers included.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    })
public final class PrivilegeEscalationDisabled implements Check<KubeManifests> {
  private static final String FIELD = "allowPrivilegeEscalation";

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (!SecurityContexts.linux(workload)) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        Optional<YamlEntry> setting = SecurityContexts.own(container, FIELD);
        if (setting.flatMap(entry -> entry.value().asBoolean()).isPresent()) {
          continue; // false is what we want; true is RA-K8S-004's finding
        }
        if (setting.isPresent()) {
          out.report(
              setting.get().position(),
              workload.label(container),
              FIELD
                  + " is "
                  + SecurityContexts.written(setting.get().value())
                  + ", not the boolean false: the API server rejects "
                  + container.label()
                  + " as written. Write false, unquoted.");
        } else {
          out.report(
              container.position(),
              workload.label(container),
              container.label()
                  + " does not set allowPrivilegeEscalation: false, so its processes may gain"
                  + " privileges through setuid binaries."
                  + SecurityContexts.ignoredOnPod(workload.pod(), FIELD));
        }
      }
    }
  }
}
