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

@Rule(
    id = "RA-PSS-006",
    title = "PSS baseline Host Ports: containers bind no host port",
    severity = Severity.MEDIUM,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "A hostPort opens the port on the node's own address, around Services and"
            + " NetworkPolicy, and ties the pod to nodes where the port is free. The baseline"
            + " standard allows only 0 (or no hostPort), in every container, init and ephemeral"
            + " ones included.",
    remediation =
        "Remove `hostPort` from the container's ports and reach the pod through a Service (a"
            + " NodePort or LoadBalancer one when it must be reachable from outside).",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class HostPorts implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        List<YamlNode> ports = container.node().get("ports").map(YamlNode::items).orElse(List.of());
        for (YamlNode port : ports) {
          port.asMapping()
              .flatMap(mapping -> Pss.set(mapping, "hostPort"))
              .filter(entry -> entry.value().asLong().orElse(0) != 0)
              .ifPresent(
                  entry ->
                      out.report(
                          entry.position(),
                          workload.label(container),
                          container.label()
                              + " binds host port "
                              + Pss.text(entry)
                              + " on the node's address."));
        }
      }
    }
  }
}
