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
    id = "RA-PSS-017",
    title =
        "PSS restricted Seccomp: every container has a RuntimeDefault or Localhost seccomp"
            + " profile",
    severity = Severity.MEDIUM,
    controls = {"container.seccomp", Pss.CONTROL},
    rationale =
        "Without a seccomp profile a container may make every system call into the node's"
            + " kernel. The restricted standard requires a `seccompProfile` of type"
            + " `RuntimeDefault` or `Localhost` for every container, init and ephemeral ones"
            + " included: its own, or the pod's for a container that sets none. A profile of"
            + " another type is reported by RA-PSS-011, in both profiles; this rule reports the"
            + " containers left with none. Pods with `spec.os.name: windows` are exempt (since"
            + " policy v1.25).",
    remediation =
        "Set `securityContext: {seccompProfile: {type: RuntimeDefault}}` on the pod, which every"
            + " container that sets no profile of its own inherits.",
    references = {Pss.RESTRICTED_DOC, Pss.ADMISSION_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class SeccompRestricted implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : Pss.exceptWindows(manifests)) {
      Optional<YamlEntry> podProfile =
          Pss.field(workload.pod().node(), "securityContext", "seccompProfile");
      // A container that sets no profile of its own runs with the pod's.
      if (podProfile.filter(Pss::confines).isPresent()) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        // A container's own profile is all that applies to it: RA-PSS-011 judges its type.
        if (Pss.securityField(container, "seccompProfile").isEmpty()) {
          out.report(
              container.position(),
              workload.label(container),
              (podProfile.isPresent()
                      ? "The pod's seccomp profile is not RuntimeDefault or Localhost, and "
                      : "Neither the pod nor ")
                  + container.label()
                  + (podProfile.isPresent()
                      ? " sets none of its own."
                      : " sets a seccomp profile."));
        }
      }
    }
  }
}
