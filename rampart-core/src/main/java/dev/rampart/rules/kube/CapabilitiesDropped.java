package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Rule(
    id = "RA-K8S-007",
    title = "Containers drop all capabilities",
    severity = Severity.MEDIUM,
    controls = "container.drop-capabilities",
    aliases = {"polaris:insecureCapabilities", "trivy:KSV003", "checkov:CKV_K8S_37"},
    rationale =
        "Unless told otherwise, containerd and Docker start every container with fourteen"
            + " capabilities, among them NET_RAW (forged packets, ARP spoofing on the node's"
            + " network), DAC_OVERRIDE (ignore file permissions), SETUID and SETGID. Few"
            + " applications use any of them. `drop: [ALL]` removes them all; dropping each"
            + " default by name does the same on these runtimes and is accepted too. The field"
            + " exists only in the container's securityContext: set on the pod, it does nothing."
            + " Windows pods (spec.os.name: windows), which may not set it, are passed over.",
    remediation =
        "Set `capabilities: {drop: [ALL]}` in each container's securityContext, and add back"
            + " only what the process needs, such as `add: [NET_BIND_SERVICE]` to bind a port"
            + " below 1024.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    })
public final class CapabilitiesDropped implements Check<KubeManifests> {
  /** What containerd and Docker grant by default (CRI-O grants a subset). */
  private static final List<String> RUNTIME_DEFAULTS =
      List.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "NET_RAW",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (!SecurityContexts.linux(workload)) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        check(workload, container, out);
      }
    }
  }

  private static void check(Workload workload, Container container, Findings out) {
    Optional<YamlEntry> drop = Capabilities.list(container, "drop");
    Set<String> dropped =
        Capabilities.items(container, "drop").stream()
            .map(Capabilities::name)
            .collect(Collectors.toSet());
    if (dropped.contains("ALL") || dropped.containsAll(RUNTIME_DEFAULTS)) {
      return;
    }
    String where = workload.label(container);
    if (drop.isPresent()) {
      Set<String> kept = new LinkedHashSet<>(RUNTIME_DEFAULTS);
      kept.removeAll(dropped);
      out.report(
          drop.get().position(),
          where,
          "capabilities.drop of "
              + container.label()
              + " does not include ALL, so it keeps "
              + String.join(", ", kept)
              + ".");
      return;
    }
    out.report(
        Capabilities.of(container).map(YamlEntry::position).orElse(container.position()),
        where,
        container.label()
            + " drops no capabilities, so it keeps the runtime's defaults, NET_RAW,"
            + " DAC_OVERRIDE and SETUID among them."
            + SecurityContexts.ignoredOnPod(workload.pod(), "capabilities"));
  }
}
