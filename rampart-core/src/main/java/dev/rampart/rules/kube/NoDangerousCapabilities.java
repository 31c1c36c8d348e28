package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;
import java.util.Map;

@Rule(
    id = "RA-K8S-008",
    title = "No container adds a capability that breaks its isolation",
    severity = Severity.HIGH,
    controls = "container.drop-capabilities",
    aliases = {
      "polaris:dangerousCapabilities",
      "kubesec:CapSysAdmin",
      "trivy:KSV005",
      "checkov:CKV_K8S_39"
    },
    rationale =
        "Some capabilities undo what a container is: SYS_ADMIN mounts filesystems and is what"
            + " most container escapes need, SYS_MODULE loads code into the node's kernel,"
            + " SYS_PTRACE injects code into other processes, DAC_READ_SEARCH reads host files"
            + " by handle, NET_ADMIN rewrites the pod's firewall and routes, and ALL is all of"
            + " them. A container that adds one is a step away from the node.",
    remediation =
        "Remove the capability from `capabilities.add`. Do the privileged work elsewhere: a"
            + " CSI driver or device plugin for mounts and devices, a CNI plugin for networking,"
            + " or a narrowly scoped, reviewed DaemonSet.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    })
public final class NoDangerousCapabilities implements Check<KubeManifests> {
  /** The capabilities that give away isolation, with what each lets a process do. */
  static final Map<String, String> DANGEROUS =
      Map.ofEntries(
          Map.entry("ALL", "use every capability the kernel has"),
          Map.entry(
              "SYS_ADMIN", "mount filesystems and create namespaces, where most escapes start"),
          Map.entry("NET_ADMIN", "rewrite the pod's interfaces, routes and firewall rules"),
          Map.entry("SYS_MODULE", "load modules into the node's kernel"),
          Map.entry("SYS_PTRACE", "trace other processes and inject code into them"),
          Map.entry("SYS_RAWIO", "reach devices and kernel memory directly"),
          Map.entry("SYS_BOOT", "reboot the node or load a new kernel"),
          Map.entry("DAC_READ_SEARCH", "read the node's files by handle (open_by_handle_at)"),
          Map.entry("BPF", "load eBPF programs into the node's kernel"),
          Map.entry("MAC_ADMIN", "change the AppArmor or SELinux policy"),
          Map.entry("MAC_OVERRIDE", "override AppArmor or SELinux"));

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Capabilities.Added added : Capabilities.added(manifests)) {
      if (DANGEROUS.containsKey(added.name())) {
        out.report(
            added.item().position(),
            added.workload().label(added.container()),
            added.container().label()
                + " adds "
                + added.name()
                + ": it can "
                + DANGEROUS.get(added.name())
                + ".");
      }
    }
  }
}
