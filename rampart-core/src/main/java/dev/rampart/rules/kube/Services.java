package dev.rampart.rules.kube;

import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Services: how far out they publish their ports, their ports, and the pods they select. */
final class Services {
  private Services() {}

  /** The {@code spec} of {@code object} when it is a Service. */
  static Optional<YamlMapping> spec(KubeObject object) {
    return object.kind().equals("Service")
        ? object.node().get("spec").flatMap(YamlNode::asMapping)
        : Optional.empty();
  }

  /**
   * The key that makes a Service reachable from outside the cluster: {@code type} when it is {@code
   * LoadBalancer} or {@code NodePort} (a port on every node), otherwise {@code externalIPs} when it
   * lists any (the nodes that route those addresses forward them to the Service).
   */
  static Optional<YamlEntry> exposure(YamlMapping spec) {
    Optional<YamlEntry> type =
        spec.entry("type")
            .filter(
                entry ->
                    entry
                        .value()
                        .asText()
                        .filter(t -> isLoadBalancer(t) || isNodePort(t))
                        .isPresent());
    return type.or(() -> spec.entry("externalIPs").filter(e -> !e.value().items().isEmpty()));
  }

  /** How {@code exposure} reads in a message: {@code type LoadBalancer} or {@code externalIPs}. */
  static String describe(YamlEntry exposure) {
    return exposure.value().asText().map(type -> "type " + type).orElse("externalIPs");
  }

  static boolean isLoadBalancer(String type) {
    return type.equals("LoadBalancer");
  }

  static boolean isNodePort(String type) {
    return type.equals("NodePort");
  }

  /** The entries of {@code ports}. */
  static List<YamlMapping> ports(YamlMapping spec) {
    return spec.get("ports").map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(port -> port.asMapping().stream())
        .toList();
  }

  /** True when a port's {@code protocol} is TCP, its default. */
  static boolean isTcp(YamlMapping port) {
    return port.get("protocol").flatMap(YamlNode::asText).orElse("TCP").equals("TCP");
  }

  /** The number {@code key} ({@code port}, {@code targetPort}) holds; none for a named port. */
  static OptionalLong number(YamlMapping port, String key) {
    return port.get(key).map(YamlNode::asLong).orElse(OptionalLong.empty());
  }

  /**
   * True when a Service's {@code selector} selects pods with {@code labels}. Unlike a workload's
   * label selector, a Service's is a plain mapping of labels that must all match, and an absent or
   * empty one selects no pod at all: the Service's endpoints are then managed by hand.
   */
  static boolean selects(YamlMapping spec, Optional<YamlNode> labels) {
    List<YamlEntry> wanted =
        spec.get("selector")
            .flatMap(YamlNode::asMapping)
            .map(YamlMapping::entries)
            .orElse(List.of());
    return !wanted.isEmpty()
        && wanted.stream()
            .allMatch(
                entry ->
                    entry.name().isPresent()
                        && entry
                            .value()
                            .asText()
                            .equals(
                                labels
                                    .flatMap(l -> l.get(entry.name().get()))
                                    .flatMap(YamlNode::asText)));
  }
}
