package dev.rampart.rules.kube;

import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** Kubernetes label selectors ({@code matchLabels}, {@code matchExpressions}) and pod labels. */
final class LabelSelectors {
  private LabelSelectors() {}

  /**
   * True when {@code selector} selects an object with {@code labels} (a mapping, or nothing). An
   * absent or empty selector selects everything; one with any other key than {@code matchLabels}
   * and {@code matchExpressions}, or an unknown operator, selects nothing, since the API server
   * refuses it.
   */
  static boolean selects(Optional<YamlNode> selector, Optional<YamlNode> labels) {
    if (selector.isEmpty() || selector.get().isNull()) {
      return true;
    }
    Optional<YamlMapping> mapping = selector.get().asMapping();
    if (mapping.isEmpty()) {
      return false;
    }
    for (YamlEntry entry : mapping.get().entries()) {
      boolean matches =
          switch (entry.name().orElse("")) {
            case "matchLabels" -> matchesLabels(entry.value(), labels);
            case "matchExpressions" ->
                entry.value().items().stream()
                    .allMatch(expression -> matchesExpression(expression, labels));
            default -> false;
          };
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesLabels(YamlNode matchLabels, Optional<YamlNode> labels) {
    return matchLabels.asMapping().map(YamlMapping::entries).orElse(List.of()).stream()
        .allMatch(
            wanted ->
                wanted.name().isPresent()
                    && wanted.value().asText().equals(value(labels, wanted.name().get())));
  }

  private static boolean matchesExpression(YamlNode expression, Optional<YamlNode> labels) {
    Optional<String> key = expression.get("key").flatMap(YamlNode::asText);
    if (key.isEmpty()) {
      return false;
    }
    List<String> values =
        expression.get("values").map(YamlNode::items).orElse(List.of()).stream()
            .flatMap(value -> value.asText().stream())
            .toList();
    Optional<String> value = value(labels, key.get());
    return switch (expression.get("operator").flatMap(YamlNode::asText).orElse("")) {
      case "In" -> value.filter(values::contains).isPresent();
      case "NotIn" -> value.filter(values::contains).isEmpty();
      case "Exists" -> value.isPresent();
      case "DoesNotExist" -> value.isEmpty();
      default -> false;
    };
  }

  // Label values are strings; any other scalar is compared by its text.
  private static Optional<String> value(Optional<YamlNode> labels, String key) {
    return labels.flatMap(mapping -> mapping.get(key)).flatMap(YamlNode::asText);
  }

  /** The labels of the pods {@code object} (a workload's mapping) creates. */
  static Optional<YamlNode> podLabels(String kind, YamlMapping object) {
    return switch (kind) {
      case "Pod" -> object.path("metadata", "labels");
      case "CronJob" ->
          object.path("spec", "jobTemplate", "spec", "template", "metadata", "labels");
      default -> object.path("spec", "template", "metadata", "labels");
    };
  }
}
