package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-009",
    title = "Containers add back no capability but NET_BIND_SERVICE",
    severity = Severity.LOW,
    controls = "container.drop-capabilities",
    rationale =
        "Binding a port below 1024 is the one privilege a typical service needs, and"
            + " NET_BIND_SERVICE grants only that. Every other capability added back widens what"
            + " an intruder in the container can do to the node's kernel: NET_RAW forges"
            + " packets, CHOWN and FOWNER take over files, SETUID changes identity. (The"
            + " capabilities that break isolation outright are RA-K8S-008.)",
    remediation =
        "Remove the capability from `capabilities.add`, and change what needed it: listen on a"
            + " port above 1024 and map it in the Service, or fix the file ownership in the"
            + " image.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    })
public final class OnlyNetBindServiceAdded implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Capabilities.Added added : Capabilities.added(manifests)) {
      String name = added.name();
      if (name.isEmpty()
          || name.equals("NET_BIND_SERVICE")
          || NoDangerousCapabilities.DANGEROUS.containsKey(name)) {
        continue;
      }
      out.report(
          added.item().position(),
          added.workload().label(added.container()),
          added.container().label()
              + " adds "
              + name
              + "; NET_BIND_SERVICE is the one capability to add.");
    }
  }
}
