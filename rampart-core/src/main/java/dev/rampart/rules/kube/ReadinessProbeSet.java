package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-025",
    title = "Every long-running container has a readiness probe",
    severity = Severity.MEDIUM,
    controls = "workload.health-checks",
    aliases = {
      "polaris:readinessProbeMissing",
      "kube-linter:no-readiness-probe",
      "checkov:CKV_K8S_9"
    },
    rationale =
        "Without a readiness probe a pod counts as ready as soon as its containers start:"
            + " Services send it requests before it can serve them, and keep sending while it is"
            + " overloaded or cut off from what it needs. A rolling update then replaces working"
            + " pods with broken ones at full speed, since nothing says they are not ready. Jobs"
            + " and CronJobs and init containers are not checked.",
    remediation =
        "Add a probe that answers only when the container can serve, such as `readinessProbe:"
            + " {httpGet: {path: /readyz, port: 8080}, periodSeconds: 5}`.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#rolling-update-deployment"
    })
public final class ReadinessProbeSet implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    Probes.require(
        manifests,
        out,
        "readinessProbe",
        "Services send it traffic as soon as it starts, ready or not, and a rollout of a broken"
            + " version goes on unchecked.");
  }
}
