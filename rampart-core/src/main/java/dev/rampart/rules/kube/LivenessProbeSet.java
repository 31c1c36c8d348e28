package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-024",
    title = "Every long-running container has a liveness probe",
    severity = Severity.LOW,
    controls = "workload.health-checks",
    aliases = {
      "polaris:livenessProbeMissing",
      "kube-linter:no-liveness-probe",
      "checkov:CKV_K8S_8"
    },
    rationale =
        "Without a liveness probe the kubelet restarts a container only when its process exits."
            + " One that deadlocks, or stops answering while still running, keeps its place and"
            + " its traffic until someone notices. Jobs and CronJobs, which run to completion,"
            + " and init containers are not checked.",
    remediation =
        "Add a cheap probe of the process's own health, such as `livenessProbe: {httpGet: {path:"
            + " /livez, port: 8080}, periodSeconds: 10, failureThreshold: 3}`. Keep it free of"
            + " dependencies (no database call), so an outage elsewhere does not restart every"
            + " pod, and add a startupProbe for slow starters.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
    })
public final class LivenessProbeSet implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    Probes.require(
        manifests,
        out,
        "livenessProbe",
        "the kubelet restarts it when its process exits, never when it hangs.");
  }
}
