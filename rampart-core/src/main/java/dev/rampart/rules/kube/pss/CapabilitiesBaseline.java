package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

@Rule(
    id = "RA-PSS-004",
    title = "PSS baseline Capabilities: containers add no capability beyond the default set",
    severity = Severity.HIGH,
    controls = {"container.drop-capabilities", Pss.CONTROL},
    rationale =
        "Capabilities beyond the container runtime's default set, NET_RAW, SYS_ADMIN or"
            + " SYS_PTRACE among them, give a container parts of root's power over the node's"
            + " kernel. The baseline standard lets `capabilities.add` name only AUDIT_WRITE,"
            + " CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP,"
            + " SETGID, SETPCAP, SETUID and SYS_CHROOT, spelled exactly so: `chown` or"
            + " `CAP_CHOWN` is another name, and forbidden.",
    remediation =
        "Remove the capability from `securityContext.capabilities.add`, or replace what needs it"
            + " (for example, bind a port above 1023 instead of adding NET_ADMIN).",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class CapabilitiesBaseline implements Check<KubeManifests> {
  /** The runtime's default capabilities, which baseline lets a container add back. */
  static final Set<String> DEFAULTS =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        reportAdded(
            workload,
            container,
            capability -> !DEFAULTS.contains(capability),
            ", which is not in the runtime's default set.",
            out);
      }
    }
  }

  /** Reports each capability of the container's {@code capabilities.add} that is forbidden. */
  static void reportAdded(
      Workload workload,
      Container container,
      Predicate<String> forbidden,
      String why,
      Findings out) {
    List<YamlNode> added =
        Pss.securityField(container, "capabilities", "add")
            .map(entry -> entry.value().items())
            .orElse(List.of());
    for (YamlNode item : added) {
      String capability = item.asText().orElse("");
      if (forbidden.test(capability)) {
        out.report(
            item.position(),
            workload.label(container),
            container.label() + " adds capability " + capability + why);
      }
    }
  }
}
