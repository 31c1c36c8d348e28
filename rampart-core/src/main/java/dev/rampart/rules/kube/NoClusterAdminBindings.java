package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Rule(
    id = "RA-K8S-045",
    title = "No binding grants cluster-admin or a role as powerful",
    severity = Severity.HIGH,
    controls = "k8s.rbac-least-privilege",
    aliases = {"kube-linter:cluster-admin-role-binding"},
    rationale =
        "`cluster-admin` may do anything to anything: bound by a ClusterRoleBinding it rules"
            + " the cluster, bound by a RoleBinding it rules the namespace, its Secrets and RBAC"
            + " included. A Role or ClusterRole whose rule allows every verb (`*`, or get, list,"
            + " watch, create, update, patch and delete) on every resource of every API group is"
            + " as powerful. Roles are resolved across every manifest of the scan, by name, in"
            + " the binding's namespace for a Role. Bindings named `system:...` belong to"
            + " Kubernetes itself, and bindings to the group `system:masters` only restate what"
            + " that group already has; neither is reported. Polaris's"
            + " clusterrolebindingClusterAdmin, rolebindingClusterAdminClusterRole and"
            + " rolebindingClusterAdminRole check the same, except that Polaris also exempts"
            + " GKE's `gce:podsecuritypolicy:calico-sa` binding by its name.",
    remediation =
        "Bind a role that lists what the subject needs: one of `view` or `edit` in a namespace,"
            + " or a Role of its own with named resources and verbs. Keep cluster-admin for"
            + " break-glass human access, granted outside the application's manifests.",
    references = {
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
      "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
    })
public final class NoClusterAdminBindings implements Check<ParsedFiles<KubeManifests>> {
  private static final List<String> EVERY_VERB =
      List.of("get", "list", "watch", "create", "update", "patch", "delete");

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    // Roles by kind, namespace and name (ClusterRoles have no namespace); several when overlays
    // define one twice, and any of them may be the one applied.
    Map<String, List<KubeObject>> roles = new HashMap<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      for (KubeObject object : file.model().objects()) {
        if (RbacRule.isRole(object) && object.metadata().name().isPresent()) {
          String namespace =
              object.kind().equals("Role") ? object.metadata().namespace().orElse("default") : "";
          roles
              .computeIfAbsent(
                  key(object.kind(), namespace, object.metadata().name().get()),
                  k -> new ArrayList<>())
              .add(object);
        }
      }
    }
    for (ParsedFile<KubeManifests> file : files.files()) {
      Findings here = out.in(file.source());
      for (KubeObject object : file.model().objects()) {
        RbacBinding.of(object).ifPresent(binding -> check(binding, roles, here));
      }
    }
  }

  private static void check(
      RbacBinding binding, Map<String, List<KubeObject>> roles, Findings out) {
    KubeObject object = binding.object();
    Optional<YamlEntry> roleName = binding.roleName();
    Optional<String> name = roleName.flatMap(entry -> entry.value().asText());
    if (name.isEmpty()
        || object.metadata().name().filter(n -> n.startsWith("system:")).isPresent()
        || onlySystemMasters(binding)) {
      return;
    }
    String kind = binding.roleKind();
    String grants;
    if (kind.equals("ClusterRole") && name.get().equals("cluster-admin")) {
      grants = "cluster-admin";
    } else {
      String namespace = kind.equals("Role") ? binding.namespace() : "";
      Optional<RbacRule> everything =
          roles.getOrDefault(key(kind, namespace, name.get()), List.of()).stream()
              .flatMap(role -> RbacRule.of(role).stream())
              .filter(NoClusterAdminBindings::allowsEverything)
              .findFirst();
      if (everything.isEmpty()) {
        return;
      }
      RbacRule rule = everything.get();
      grants =
          rule.role().label()
              + " (its rule "
              + rule.number()
              + " allows every verb on every resource of every API group, as cluster-admin does)";
    }
    String scope =
        binding.isClusterWide() ? "across the cluster" : "in namespace " + binding.namespace();
    out.report(
        roleName.get().position(),
        object.label(),
        object.label()
            + " grants "
            + grants
            + " to "
            + binding.subjectLabels()
            + " "
            + scope
            + ".");
  }

  private static boolean allowsEverything(RbacRule rule) {
    return rule.allows("apiGroups", "*")
        && rule.allows("resources", "*")
        && (rule.allows("verbs", "*") || rule.values("verbs").containsAll(EVERY_VERB));
  }

  private static boolean onlySystemMasters(RbacBinding binding) {
    List<YamlMapping> subjects = binding.subjects();
    return !subjects.isEmpty()
        && subjects.stream()
            .allMatch(
                s ->
                    s.get("kind").flatMap(YamlNode::asText).filter("Group"::equals).isPresent()
                        && RbacBinding.name(s).filter("system:masters"::equals).isPresent());
  }

  private static String key(String kind, String namespace, String name) {
    return kind + '\0' + namespace + '\0' + name;
  }
}
