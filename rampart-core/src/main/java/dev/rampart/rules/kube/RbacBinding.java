package dev.rampart.rules.kube;

import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** A RoleBinding or ClusterRoleBinding: the role it refers to and the subjects it grants it to. */
record RbacBinding(KubeObject object) {

  /** The binding {@code object} is, when it is one. */
  static Optional<RbacBinding> of(KubeObject object) {
    boolean binding =
        object.kind().equals("RoleBinding") || object.kind().equals("ClusterRoleBinding");
    return binding ? Optional.of(new RbacBinding(object)) : Optional.empty();
  }

  boolean isClusterWide() {
    return object.kind().equals("ClusterRoleBinding");
  }

  /** The namespace a RoleBinding grants in, {@code default} when it names none. */
  String namespace() {
    return object.metadata().namespace().orElse("default");
  }

  /** {@code Role} or {@code ClusterRole}, as {@code roleRef.kind} says. */
  String roleKind() {
    return object.node().path("roleRef", "kind").flatMap(YamlNode::asText).orElse("");
  }

  /** The entry of {@code roleRef.name}. */
  Optional<YamlEntry> roleName() {
    return object.node().path("roleRef").flatMap(YamlNode::asMapping).flatMap(r -> r.entry("name"));
  }

  List<YamlMapping> subjects() {
    return object.node().get("subjects").map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(item -> item.asMapping().stream())
        .toList();
  }

  static Optional<String> name(YamlMapping subject) {
    return subject.get("name").flatMap(YamlNode::asText);
  }

  /** For example {@code ServiceAccount shop/web} or {@code Group system:masters}. */
  static String label(YamlMapping subject) {
    String kind = subject.get("kind").flatMap(YamlNode::asText).orElse("subject");
    String name = name(subject).orElse("(unnamed)");
    Optional<String> namespace = subject.get("namespace").flatMap(YamlNode::asText);
    return kind + " " + namespace.map(ns -> ns + "/" + name).orElse(name);
  }

  /** The subjects, as in {@code User alice, ServiceAccount shop/web}. */
  String subjectLabels() {
    List<String> labels = subjects().stream().map(RbacBinding::label).toList();
    return labels.isEmpty() ? "no subject" : String.join(", ", labels);
  }
}
