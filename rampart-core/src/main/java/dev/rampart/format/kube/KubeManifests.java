package dev.rampart.format.kube;

import java.util.List;

/** The Kubernetes objects of one file, in order, with the items of {@code List} kinds unwrapped. */
public record KubeManifests(List<KubeObject> objects) {

  public KubeManifests {
    objects = List.copyOf(objects);
  }

  /** The objects that have a pod spec, with it. */
  public List<Workload> workloads() {
    return objects.stream()
        .flatMap(object -> object.podSpec().map(pod -> new Workload(object, pod)).stream())
        .toList();
  }
}
