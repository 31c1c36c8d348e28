package dev.rampart.format.kube;

import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.Optional;

/**
 * A container of a pod spec.
 *
 * @param role which list of the pod spec holds it
 * @param node the container's mapping
 */
public record Container(Role role, Optional<String> name, YamlMapping node) {

  /** The lists of a pod spec that hold containers. */
  public enum Role {
    CONTAINER("containers", "container"),
    INIT("initContainers", "init container"),
    EPHEMERAL("ephemeralContainers", "ephemeral container");

    private final String key;
    private final String label;

    Role(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** The pod spec key of the list. */
    public String key() {
      return key;
    }
  }

  /** Where the container starts: the line of its {@code - name:}. */
  public Position position() {
    return node.position();
  }

  /** The container's own {@code securityContext}. */
  public Optional<YamlMapping> securityContext() {
    return node.get("securityContext").flatMap(YamlNode::asMapping);
  }

  /** For example {@code init container migrate}. */
  public String label() {
    return role.label + " " + name.orElse("(unnamed)");
  }
}
