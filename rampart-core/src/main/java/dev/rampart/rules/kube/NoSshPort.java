package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-K8S-029",
    title = "No container declares the SSH port",
    severity = Severity.MEDIUM,
    controls = "image.no-ssh-in-container",
    aliases = {"kube-linter:ssh-port"},
    rationale =
        "A container port 22 means an SSH server in the container: one more network service to"
            + " attack, with its own keys and passwords to leak, that bypasses the RBAC and audit"
            + " log of `kubectl exec`.",
    remediation =
        "Remove the port and the SSH server from the image; get a shell with `kubectl exec` or"
            + " `kubectl debug`. An SSH gateway by design belongs behind a NetworkPolicy that"
            + " admits only its clients.",
    references = {
      "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
    })
public final class NoSshPort implements Check<KubeManifests> {
  private static final long SSH = 22;

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        List<YamlNode> ports = container.node().get("ports").map(YamlNode::items).orElse(List.of());
        for (YamlNode port : ports) {
          // The protocol defaults to TCP; SSH does not run over UDP or SCTP.
          boolean tcp = port.get("protocol").flatMap(YamlNode::asText).orElse("TCP").equals("TCP");
          port.asMapping()
              .flatMap(mapping -> mapping.entry("containerPort"))
              .filter(entry -> entry.value().asLong().orElse(-1) == SSH && tcp)
              .ifPresent(
                  entry ->
                      out.report(
                          entry.position(),
                          workload.label(container),
                          container.label() + " declares containerPort 22, the SSH port."));
        }
      }
    }
  }
}
