package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.model.Severity;
import java.util.Map;

@Rule(
    id = "RA-K8S-044",
    title = "Roles name the API groups, resources and verbs they grant",
    severity = Severity.MEDIUM,
    controls = "k8s.rbac-least-privilege",
    aliases = {"kube-linter:wildcard-in-rules"},
    rationale =
        "A `*` in a Role's or ClusterRole's rule grants everything of its kind: every verb"
            + " (escalate, bind and impersonate among them), every resource (Secrets and RBAC"
            + " objects among them) or every API group, and also whatever the cluster adds later:"
            + " a new CRD, a new subresource, a new verb. Nobody reviewing the role can see what"
            + " it grants. kube-linter flags `*` in resources and verbs; this rule also flags it"
            + " in apiGroups.",
    remediation =
        "List what the workload needs, such as `apiGroups: [\"apps\"]`, `resources:"
            + " [\"deployments\"]`, `verbs: [\"get\", \"list\", \"watch\"]`, one rule per group"
            + " of resources that need the same verbs.",
    references = {
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
      "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole"
    })
public final class RolesWithoutWildcards implements Check<KubeManifests> {
  // What a * in each field lets through.
  private static final Map<String, String> GRANTS =
      Map.of(
          "apiGroups", "every API group, those of CRDs installed later included",
          "resources", "every resource of its API groups, Secrets and RBAC objects included",
          "verbs", "every verb, escalate, bind and impersonate included");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      for (RbacRule rule : RbacRule.of(object)) {
        for (String field : new String[] {"apiGroups", "resources", "verbs"}) {
          if (rule.allows(field, "*")) {
            out.report(
                rule.entry(field).orElseThrow().position(),
                object.label(),
                rule.label()
                    + ": "
                    + field
                    + " has \"*\", which grants "
                    + GRANTS.get(field)
                    + ".");
          }
        }
      }
    }
  }
}
