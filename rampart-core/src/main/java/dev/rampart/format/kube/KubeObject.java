package dev.rampart.format.kube;

import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Position;
import java.util.Optional;

/**
 * One Kubernetes object of a manifest.
 *
 * @param apiVersion empty when the object does not say
 * @param node the object's mapping, for what the typed parts do not cover
 * @param podSpec the pod spec, for the workload kinds
 */
public record KubeObject(
    String apiVersion,
    String kind,
    Metadata metadata,
    YamlMapping node,
    Optional<PodSpec> podSpec) {

  public Position position() {
    return node.position();
  }

  /** For example {@code Deployment web}. */
  public String label() {
    return metadata.name().map(name -> kind + " " + name).orElse(kind);
  }
}
