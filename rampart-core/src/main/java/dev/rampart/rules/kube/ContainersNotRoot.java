package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.PodSpec;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-K8S-001",
    title = "Containers cannot run as root",
    severity = Severity.HIGH,
    controls = "container.non-root",
    aliases = {"polaris:runAsRootAllowed", "kube-linter:run-as-non-root"},
    rationale =
        "A container whose image says root, or says nothing, runs as root unless the pod spec"
            + " forbids it, and root in a container is root on the node's kernel: one escape bug"
            + " away from the host. `runAsNonRoot: true` makes the kubelet refuse to start a"
            + " container as UID 0, and a non-zero `runAsUser` decides the UID outright; the"
            + " container's securityContext overrides the pod's.",
    remediation =
        "Set `securityContext: {runAsNonRoot: true, runAsUser: 10001}` on the pod (or on each"
            + " container), with an image whose files that UID may read.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    })
public final class ContainersNotRoot implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      check(workload, out);
    }
  }

  private static void check(Workload workload, Findings out) {
    PodSpec pod = workload.pod();
    for (Container container : pod.containers()) {
      Optional<YamlEntry> nonRoot = pod.effective(container, "runAsNonRoot");
      Optional<YamlEntry> user = pod.effective(container, "runAsUser");
      boolean forbidsRoot = nonRoot.flatMap(e -> e.value().asBoolean()).orElse(false);
      long uid =
          user.stream().flatMapToLong(e -> e.value().asLong().stream()).findFirst().orElse(-1);
      if (forbidsRoot || uid > 0) {
        continue;
      }
      String where = workload.label(container);
      if (uid == 0) {
        out.report(
            user.get().position(),
            where,
            "runAsUser is 0: " + container.label() + " runs as root.");
      } else if (nonRoot.isPresent()) {
        out.report(
            nonRoot.get().position(),
            where,
            "runAsNonRoot is not true and no non-zero runAsUser is set, so "
                + container.label()
                + " runs as root whenever its image does.");
      } else {
        out.report(
            container.position(),
            where,
            "Neither the pod nor "
                + container.label()
                + " sets runAsNonRoot or a non-zero runAsUser, so it runs as root whenever its"
                + " image does.");
      }
    }
  }
}
