package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-PSS-016",
    title = "PSS restricted Running as Non-root user: no pod or container sets runAsUser: 0",
    severity = Severity.HIGH,
    controls = {"container.non-root", Pss.CONTROL},
    rationale =
        "`runAsUser: 0` runs the container as root, and root in a container is root on the"
            + " node's kernel. The restricted standard forbids 0 in the pod's securityContext"
            + " and every container's (unset is allowed: RA-PSS-015 then requires"
            + " runAsNonRoot). Since policy v1.35 a pod with its own user namespace"
            + " (`hostUsers: false`) is exempt: its root is not the node's.",
    remediation =
        "Set a non-zero `runAsUser` (for example 10001) or remove it and set `runAsNonRoot:"
            + " true`.",
    references = {Pss.RESTRICTED_DOC, Pss.USER_NAMESPACES_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class RunningAsNonRootUser implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (Pss.userNamespace(workload.pod())) {
        continue;
      }
      for (Pss.Context context : Pss.securityContexts(workload)) {
        Pss.set(context.fields(), "runAsUser")
            .filter(user -> user.value().asLong().orElse(-1) == 0)
            .ifPresent(
                user ->
                    out.report(
                        user.position(),
                        context.object(),
                        context.owner() + " sets runAsUser: 0, running as root."));
      }
    }
  }
}
