package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A node of a YAML document: a mapping, a sequence or a scalar, with the 1-based position where it
 * starts. The helpers answer empty for a node of the wrong shape, so a rule can ask {@code
 * node.path("spec", "template", "spec")} without checking each step.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

  Position position();

  /** The value of {@code key} when this is a mapping that has it. */
  default Optional<YamlNode> get(String key) {
    return Optional.empty();
  }

  /** The node reached by following {@code keys} through nested mappings. */
  default Optional<YamlNode> path(String... keys) {
    Optional<YamlNode> node = Optional.of(this);
    for (String key : keys) {
      node = node.flatMap(n -> n.get(key));
    }
    return node;
  }

  default Optional<YamlMapping> asMapping() {
    return Optional.empty();
  }

  /** The items of a sequence; empty for any other node. */
  default List<YamlNode> items() {
    return List.of();
  }

  /** The text of a scalar that is not null. */
  default Optional<String> asText() {
    return Optional.empty();
  }

  /** A plain scalar read as Kubernetes reads booleans (YAML 1.1: yes/no/on/off/y/n/true/false). */
  default Optional<Boolean> asBoolean() {
    return Optional.empty();
  }

  /** A plain scalar read as an integer (decimal, 0x hex, 0o or leading-0 octal). */
  default OptionalLong asLong() {
    return OptionalLong.empty();
  }

  /** True for a plain scalar that YAML reads as null ({@code ~}, {@code null}, or nothing). */
  default boolean isNull() {
    return false;
  }
}
