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
import java.util.OptionalLong;

@Rule(
    id = "RA-K8S-014",
    title = "Containers bind no port of the node",
    severity = Severity.MEDIUM,
    controls = "container.not-privileged",
    aliases = {"polaris:hostPortSet", "trivy:KSV024", "checkov:CKV_K8S_26"},
    rationale =
        "A hostPort opens the port on the node's own addresses and forwards it to the pod,"
            + " outside any Service and past NetworkPolicies written for the pod network. It"
            + " also ties the pod to nodes where the port is free, so two replicas cannot"
            + " share a node.",
    remediation =
        "Remove `hostPort` and expose the `containerPort` with a Service (ClusterIP, or"
            + " NodePort or LoadBalancer to reach it from outside).",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/configuration/overview/#services"
    })
public final class NoHostPorts implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        List<YamlNode> ports = container.node().get("ports").map(YamlNode::items).orElse(List.of());
        for (YamlNode port : ports) {
          port.asMapping()
              .flatMap(mapping -> mapping.entry("hostPort"))
              // 0, like no value, means no host port.
              .filter(entry -> !entry.value().isNull() && entry.value().asLong().orElse(-1) != 0)
              .ifPresent(
                  entry ->
                      out.report(
                          entry.position(),
                          workload.label(container),
                          container.label()
                              + " binds port "
                              + port(entry.value())
                              + " of the node (hostPort)."));
        }
      }
    }
  }

  /** A port as a number when it is one ({@code 0x50} is 80), else as written. */
  private static String port(YamlNode value) {
    OptionalLong number = value.asLong();
    return number.isPresent() ? Long.toString(number.getAsLong()) : value.asText().orElse("");
  }
}
