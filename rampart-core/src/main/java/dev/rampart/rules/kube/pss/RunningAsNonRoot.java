package dev.rampart.rules.kube.pss;

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
    id = "RA-PSS-015",
    title = "PSS restricted Running as Non-root: runAsNonRoot is true for every container",
    severity = Severity.HIGH,
    controls = {"container.non-root", Pss.CONTROL},
    rationale =
        "With `runAsNonRoot: true` the kubelet refuses to start a container as UID 0, whatever"
            + " its image says. The restricted standard requires it for every container, init"
            + " and ephemeral ones included: set on the container, or on the pod for the"
            + " containers that leave it unset. A pod-level `false` is forbidden even where"
            + " every container overrides it. Since policy v1.35 a pod with its own user"
            + " namespace (`hostUsers: false`) is exempt: its root is not the node's.",
    remediation =
        "Set `securityContext: {runAsNonRoot: true}` on the pod, remove `runAsNonRoot: false`"
            + " from the containers, and use an image whose user is not root.",
    references = {Pss.RESTRICTED_DOC, Pss.USER_NAMESPACES_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class RunningAsNonRoot implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (!Pss.userNamespace(workload.pod())) {
        check(workload, out);
      }
    }
  }

  private static void check(Workload workload, Findings out) {
    PodSpec pod = workload.pod();
    Optional<YamlEntry> podLevel = Pss.field(pod.node(), "securityContext", "runAsNonRoot");
    Optional<Boolean> podValue = podLevel.flatMap(entry -> entry.value().asBoolean());
    if (podValue.filter(nonRoot -> !nonRoot).isPresent()) {
      out.report(
          podLevel.get().position(),
          workload.object().label(),
          "The pod sets runAsNonRoot: false, so containers that do not override it may run as root.");
    }
    for (Container container : pod.containers()) {
      Optional<YamlEntry> own = Pss.securityField(container, "runAsNonRoot");
      if (own.isPresent()) {
        if (!own.get().value().asBoolean().orElse(false)) {
          out.report(
              own.get().position(),
              workload.label(container),
              container.label()
                  + " sets runAsNonRoot: "
                  + Pss.text(own.get())
                  + ", so it may run as root.");
        }
      } else if (podValue.isEmpty()) {
        // A pod-level false is reported above, for every container that inherits it.
        out.report(
            container.position(),
            workload.label(container),
            "Neither the pod nor "
                + container.label()
                + " sets runAsNonRoot: true, so it runs as root whenever its image does.");
      }
    }
  }
}
