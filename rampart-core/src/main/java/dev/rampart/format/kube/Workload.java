package dev.rampart.format.kube;

/** An object that runs pods, with its pod spec. */
public record Workload(KubeObject object, PodSpec pod) {

  /** Jobs and CronJobs run to completion: no probes, no restarts to survive. */
  public boolean runsToCompletion() {
    return object.kind().equals("Job") || object.kind().equals("CronJob");
  }

  /** The namespace the object names, or {@code default}. */
  public String namespace() {
    return object.metadata().namespace().orElse("default");
  }

  /** For example {@code Deployment web, init container migrate}. */
  public String label(Container container) {
    return object.label() + ", " + container.label();
  }
}
