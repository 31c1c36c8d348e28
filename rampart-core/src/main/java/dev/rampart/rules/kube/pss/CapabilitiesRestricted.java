package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-PSS-018",
    title =
        "PSS restricted Capabilities: containers drop ALL and add back at most NET_BIND_SERVICE",
    severity = Severity.MEDIUM,
    controls = {"container.drop-capabilities", Pss.CONTROL},
    rationale =
        "Even the runtime's default capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW in some"
            + " runtimes) are more than most workloads need. The restricted standard requires"
            + " every container, init and ephemeral ones included, to list `ALL` (in capitals)"
            + " in `capabilities.drop` and to add back nothing but NET_BIND_SERVICE. Capabilities"
            + " outside the default set are reported by RA-PSS-004, in both profiles; this rule"
            + " reports the default ones restricted forbids too. Pods with `spec.os.name:"
            + " windows` are exempt (since policy v1.25).",
    remediation =
        "Set `securityContext: {capabilities: {drop: [ALL]}}` on every container, with `add:"
            + " [NET_BIND_SERVICE]` only where it binds a port below 1024.",
    references = {Pss.RESTRICTED_DOC, Pss.ADMISSION_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class CapabilitiesRestricted implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : Pss.exceptWindows(manifests)) {
      for (Container container : workload.pod().containers()) {
        checkDrop(workload, container, out);
        CapabilitiesBaseline.reportAdded(
            workload,
            container,
            // The others are RA-PSS-004's, which runs in restricted too.
            capability ->
                CapabilitiesBaseline.DEFAULTS.contains(capability)
                    && !capability.equals("NET_BIND_SERVICE"),
            "; restricted allows adding only NET_BIND_SERVICE.",
            out);
      }
    }
  }

  private static void checkDrop(Workload workload, Container container, Findings out) {
    Optional<YamlEntry> drop = Pss.securityField(container, "capabilities", "drop");
    List<YamlNode> dropped = drop.map(entry -> entry.value().items()).orElse(List.of());
    if (dropped.stream().anyMatch(c -> c.asText().filter("ALL"::equals).isPresent())) {
      return;
    }
    Position at =
        drop.or(() -> Pss.securityField(container, "capabilities"))
            .map(YamlEntry::position)
            .orElse(container.position());
    out.report(
        at, workload.label(container), container.label() + " does not drop ALL capabilities.");
  }
}
