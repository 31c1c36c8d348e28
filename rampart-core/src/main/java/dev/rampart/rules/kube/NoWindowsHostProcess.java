package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-K8S-018",
    title = "No Windows container runs as a HostProcess",
    severity = Severity.CRITICAL,
    controls = "container.not-privileged",
    aliases = {"polaris:hostProcess", "trivy:KSV103"},
    rationale =
        "A Windows HostProcess container is a process of the node: it shares the node's"
            + " network and filesystem and may run as SYSTEM, the Windows counterpart of a"
            + " privileged container.",
    remediation =
        "Remove `windowsOptions.hostProcess: true` from the pod and its containers, and do"
            + " node-level work in a narrowly scoped, reviewed DaemonSet.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    })
public final class NoWindowsHostProcess implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      String object = workload.object().label();
      hostProcess(workload.pod().securityContext())
          .ifPresent(
              entry ->
                  out.report(
                      entry.position(),
                      object,
                      object + " runs its containers as Windows HostProcesses of the node."));
      for (Container container : workload.pod().containers()) {
        hostProcess(container.securityContext())
            .ifPresent(
                entry ->
                    out.report(
                        entry.position(),
                        workload.label(container),
                        container.label() + " runs as a Windows HostProcess of the node."));
      }
    }
  }

  private static Optional<YamlEntry> hostProcess(Optional<YamlMapping> context) {
    return context
        .flatMap(c -> c.get("windowsOptions"))
        .flatMap(YamlNode::asMapping)
        .flatMap(options -> options.entry("hostProcess"))
        .filter(entry -> entry.value().asBoolean().orElse(false));
  }
}
