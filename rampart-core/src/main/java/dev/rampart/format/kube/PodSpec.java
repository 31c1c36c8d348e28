package dev.rampart.format.kube;

import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * The pod spec of a workload, wherever its kind keeps it, with its containers of every role.
 *
 * @param node the pod spec's mapping
 */
public record PodSpec(YamlMapping node, List<Container> containers) {

  public PodSpec {
    containers = List.copyOf(containers);
  }

  public Position position() {
    return node.position();
  }

  /** The pod-level {@code securityContext}. */
  public Optional<YamlMapping> securityContext() {
    return node.get("securityContext").flatMap(YamlNode::asMapping);
  }

  /**
   * The setting of {@code field} that applies to {@code container}: its own {@code securityContext}
   * when it sets the field, otherwise the pod's (for the fields both levels have, such as {@code
   * runAsNonRoot}, {@code runAsUser} and {@code seccompProfile}). A null value counts as unset.
   */
  public Optional<YamlEntry> effective(Container container, String field) {
    return container
        .securityContext()
        .flatMap(context -> set(context, field))
        .or(() -> securityContext().flatMap(context -> set(context, field)));
  }

  private static Optional<YamlEntry> set(YamlMapping context, String field) {
    return context.entry(field).filter(entry -> !entry.value().isNull());
  }
}
