package dev.rampart.rules.kube.pss;

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
    id = "RA-PSS-014",
    title =
        "PSS restricted Privilege Escalation: every container sets allowPrivilegeEscalation: false",
    severity = Severity.MEDIUM,
    controls = {"container.no-privilege-escalation", Pss.CONTROL},
    rationale =
        "Unless `allowPrivilegeEscalation` is false, a process in the container can gain"
            + " privileges its parent did not have, through a set-user-ID binary or file"
            + " capabilities. The restricted standard requires it to be explicitly false in"
            + " every container, init and ephemeral ones included: unset counts as true. Pods"
            + " with `spec.os.name: windows` are exempt (since policy v1.25).",
    remediation = "Set `securityContext: {allowPrivilegeEscalation: false}` on every container.",
    references = {Pss.RESTRICTED_DOC, Pss.ADMISSION_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class PrivilegeEscalation implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : Pss.exceptWindows(manifests)) {
      for (Container container : workload.pod().containers()) {
        Optional<YamlEntry> allow = Pss.securityField(container, "allowPrivilegeEscalation");
        if (allow.flatMap(entry -> entry.value().asBoolean()).orElse(true)) {
          out.report(
              allow.map(YamlEntry::position).orElse(container.position()),
              workload.label(container),
              allow.isPresent()
                  ? container.label()
                      + " sets allowPrivilegeEscalation: "
                      + Pss.text(allow.get())
                      + "; restricted requires false."
                  : container.label()
                      + " does not set allowPrivilegeEscalation: false, so it may escalate.");
        }
      }
    }
  }
}
