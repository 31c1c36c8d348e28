package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-K8S-013",
    title = "No container changes its SELinux type, user or role",
    severity = Severity.MEDIUM,
    controls = "container.mac-profile",
    aliases = {"trivy:KSV025"},
    rationale =
        "On SELinux nodes, the runtime labels each container process container_t, a domain"
            + " that may touch only its own files. seLinuxOptions can put it in another domain:"
            + " spc_t, the super-privileged container type, is not confined at all, and a"
            + " custom user or role gives it the policy of a host login. Only the level (the"
            + " MCS categories that keep pods apart) is the pod's to choose. The container's"
            + " seLinuxOptions replace the pod's.",
    remediation =
        "Remove `type`, `user` and `role` from seLinuxOptions; keep at most `level`. A"
            + " workload that needs host files gets them through a volume, which the runtime"
            + " relabels.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container"
    })
public final class SelinuxNotOverridden implements Check<KubeManifests> {
  /** The types container runtimes run containers as. */
  private static final Set<String> CONTAINER_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        workload
            .pod()
            .effective(container, "seLinuxOptions")
            .flatMap(entry -> entry.value().asMapping())
            .ifPresent(options -> check(workload, container, options, out));
      }
    }
  }

  private static void check(
      Workload workload, Container container, YamlMapping options, Findings out) {
    for (YamlEntry entry : options.entries()) {
      String key = entry.name().orElse("");
      String value = entry.value().asText().orElse("");
      if (value.isEmpty() || key.equals("level")) {
        continue;
      }
      if (key.equals("type") && !CONTAINER_TYPES.contains(value)) {
        out.report(
            entry.position(),
            workload.label(container),
            value.equals("spc_t")
                ? "seLinuxOptions.type is spc_t: SELinux does not confine "
                    + container.label()
                    + "."
                : "seLinuxOptions.type is "
                    + value
                    + ", not a container type: "
                    + container.label()
                    + " runs in another SELinux domain than the runtime's.");
      } else if (key.equals("user") || key.equals("role")) {
        out.report(
            entry.position(),
            workload.label(container),
            "seLinuxOptions."
                + key
                + " is "
                + value
                + ": "
                + container.label()
                + " runs under a custom SELinux "
                + key
                + " instead of the runtime's.");
      }
    }
  }
}
