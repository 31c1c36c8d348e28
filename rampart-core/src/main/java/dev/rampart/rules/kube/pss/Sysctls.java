package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Set;

@Rule(
    id = "RA-PSS-012",
    title = "PSS baseline Sysctls: pods set only safe sysctls",
    severity = Severity.HIGH,
    controls = {"container.not-privileged", Pss.CONTROL},
    rationale =
        "A sysctl that is not namespaced changes the kernel of the whole node, for every pod on"
            + " it. The baseline standard allows in `spec.securityContext.sysctls` only the"
            + " names it knows to be isolated to the pod: kernel.shm_rmid_forced and"
            + " net.ipv4.ip_local_port_range, ip_local_reserved_ports, ip_unprivileged_port_start,"
            + " ping_group_range, tcp_syncookies, tcp_keepalive_time, tcp_keepalive_intvl,"
            + " tcp_keepalive_probes, tcp_fin_timeout, tcp_rmem, tcp_wmem and (since policy"
            + " v1.37) tcp_slow_start_after_idle and tcp_notsent_lowat.",
    remediation =
        "Remove the sysctl from the pod, and tune the node itself if the workload needs it;"
            + " taint such nodes for the workloads that do.",
    references = {
      Pss.BASELINE_DOC,
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    },
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class Sysctls implements Check<KubeManifests> {
  private static final Set<String> SAFE =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_wmem",
          "net.ipv4.tcp_slow_start_after_idle",
          "net.ipv4.tcp_notsent_lowat");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      List<YamlNode> sysctls =
          Pss.field(workload.pod().node(), "securityContext", "sysctls")
              .map(entry -> entry.value().items())
              .orElse(List.of());
      for (YamlNode sysctl : sysctls) {
        String name = sysctl.asMapping().map(m -> Pss.text(m, "name")).orElse("");
        if (!SAFE.contains(name)) {
          Position at =
              sysctl
                  .asMapping()
                  .flatMap(m -> m.entry("name"))
                  .map(entry -> entry.position())
                  .orElse(sysctl.position());
          out.report(
              at,
              workload.object().label(),
              "The pod sets sysctl \"" + name + "\", which is not in the baseline's safe set.");
        }
      }
    }
  }
}
