package dev.rampart.format.kube;

/** An object that runs pods, with its pod spec. */
public record Workload(KubeObject object, PodSpec pod) {

  /** For example {@code Deployment web, init container migrate}. */
  public String label(Container container) {
    return object.label() + ", " + container.label();
  }
}
