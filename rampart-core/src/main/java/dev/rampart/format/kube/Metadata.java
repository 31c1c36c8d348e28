package dev.rampart.format.kube;

import java.util.Map;
import java.util.Optional;

/** An object's {@code metadata}: name, namespace, labels and annotations. */
public record Metadata(
    Optional<String> name,
    Optional<String> namespace,
    Map<String, String> labels,
    Map<String, String> annotations) {

  public Metadata {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }
}
