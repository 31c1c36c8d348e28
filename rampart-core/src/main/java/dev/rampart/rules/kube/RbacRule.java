package dev.rampart.rules.kube;

import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the {@code rules} of a Role or ClusterRole: the API groups, resources and verbs it
 * allows, each a list of names where {@code *} means all.
 *
 * @param role the Role or ClusterRole
 * @param number the entry's 1-based place in {@code rules}, for messages
 */
record RbacRule(KubeObject role, int number, YamlMapping node) {

  /** True for the kinds that hold RBAC rules. */
  static boolean isRole(KubeObject object) {
    return object.kind().equals("Role") || object.kind().equals("ClusterRole");
  }

  /** The rules of {@code role}, in order; none for an object of another kind. */
  static List<RbacRule> of(KubeObject role) {
    List<RbacRule> rules = new ArrayList<>();
    if (!isRole(role)) {
      return rules;
    }
    List<YamlNode> items = role.node().get("rules").map(YamlNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      int number = i + 1;
      items.get(i).asMapping().ifPresent(node -> rules.add(new RbacRule(role, number, node)));
    }
    return rules;
  }

  /** The entry of {@code field}, such as {@code verbs}. */
  Optional<YamlEntry> entry(String field) {
    return node.entry(field);
  }

  /** The names listed in {@code field}. */
  List<String> values(String field) {
    return node.get(field).map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(item -> item.asText().stream())
        .toList();
  }

  boolean allows(String field, String name) {
    return values(field).contains(name);
  }

  /** The names of {@code wanted} that {@code field} lists, in the order of {@code wanted}. */
  List<String> listed(String field, Collection<String> wanted) {
    List<String> values = values(field);
    return wanted.stream().filter(values::contains).toList();
  }

  /** True when {@code resourceNames} confines the rule to named objects. */
  boolean isNarrowed() {
    return !values("resourceNames").isEmpty();
  }

  /** For example {@code ClusterRole ops, rule 2}. */
  String label() {
    return role.label() + ", rule " + number;
  }
}
