package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-PSS-007",
    title = "PSS baseline Host Probes / Lifecycle Hooks: probes and lifecycle hooks name no host",
    severity = Severity.MEDIUM,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "The kubelet runs httpGet and tcpSocket probes and lifecycle hooks from the node, so a"
            + " `host` other than the pod's own makes the kubelet reach, on the pod author's"
            + " behalf, whatever the node can reach: the node's loopback services, the cloud"
            + " metadata endpoint, other tenants. Since policy v1.34 the baseline standard"
            + " requires `host` to be unset or empty in the liveness, readiness and startup"
            + " probes and the postStart and preStop hooks of every container, init and"
            + " ephemeral ones included.",
    remediation =
        "Remove `host` from the probe or hook: it then targets the pod's own IP. To check a"
            + " virtual host, set an HTTP `Host` header in `httpHeaders` instead.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class HostProbesAndLifecycleHooks implements Check<KubeManifests> {
  private static final List<List<String>> HANDLERS =
      List.of(
          List.of("livenessProbe"),
          List.of("readinessProbe"),
          List.of("startupProbe"),
          List.of("lifecycle", "postStart"),
          List.of("lifecycle", "preStop"));
  private static final List<String> ACTIONS = List.of("httpGet", "tcpSocket");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        for (List<String> handler : HANDLERS) {
          for (String action : ACTIONS) {
            String[] path = path(handler, action);
            Pss.field(container.node(), path)
                .filter(host -> !Pss.text(host).isEmpty())
                .ifPresent(
                    host ->
                        out.report(
                            host.position(),
                            workload.label(container),
                            "The "
                                + String.join(".", path)
                                + " of "
                                + container.label()
                                + " targets host "
                                + Pss.text(host)
                                + ", which the kubelet reaches from the node."));
          }
        }
      }
    }
  }

  private static String[] path(List<String> handler, String action) {
    String[] path = handler.toArray(new String[handler.size() + 2]);
    path[handler.size()] = action;
    path[handler.size() + 1] = "host";
    return path;
  }
}
