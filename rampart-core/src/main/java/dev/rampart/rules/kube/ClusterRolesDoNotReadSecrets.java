package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-K8S-046",
    title = "ClusterRoles do not read Secrets",
    severity = Severity.HIGH,
    controls = "k8s.rbac-least-privilege",
    rationale =
        "A ClusterRole that may get, list or watch `secrets`, once bound with a"
            + " ClusterRoleBinding, reads every Secret of every namespace: database passwords,"
            + " TLS keys, and the tokens of other service accounts, some of them cluster"
            + " administrators, so reading Secrets cluster-wide is close to being one. `list` and"
            + " `watch` return the values too, not only the names. A rule confined by"
            + " `resourceNames` is not reported; `resources: [\"*\"]` is reported by RA-K8S-044.",
    remediation =
        "Grant Secret access in a namespaced Role, bound by a RoleBinding in the one namespace"
            + " that holds the workload's Secrets, and with `resourceNames` listing them when"
            + " they are known.",
    references = {
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/#least-privilege-secrets"
    })
public final class ClusterRolesDoNotReadSecrets implements Check<KubeManifests> {
  private static final List<String> READ_VERBS = List.of("get", "list", "watch", "*");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      if (!object.kind().equals("ClusterRole")) {
        continue;
      }
      for (RbacRule rule : RbacRule.of(object)) {
        // Secrets are in the core group, written "".
        boolean coreGroup = rule.allows("apiGroups", "") || rule.allows("apiGroups", "*");
        List<String> verbs = rule.listed("verbs", READ_VERBS);
        if (coreGroup
            && rule.allows("resources", "secrets")
            && !verbs.isEmpty()
            && !rule.isNarrowed()) {
          out.report(
              rule.entry("resources").orElseThrow().position(),
              object.label(),
              rule.label()
                  + " allows "
                  + String.join(", ", verbs)
                  + " on secrets: bound cluster-wide, it reads the Secrets of every namespace.");
        }
      }
    }
  }
}
