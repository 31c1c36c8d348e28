package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-K8S-047",
    title = "Roles do not grant escalate, bind or impersonate",
    severity = Severity.HIGH,
    controls = "k8s.rbac-least-privilege",
    rationale =
        "RBAC refuses to let anyone grant permissions they do not hold, except through three"
            + " verbs made to get around that: `escalate` lets the holder write Roles with"
            + " permissions it does not have, `bind` lets it bind any Role to anyone, itself"
            + " included, and `impersonate` lets it act as another user, group or service"
            + " account, cluster administrators among them. A rule that names the objects with"
            + " `resourceNames` is confined to them and not reported; a `*` verb is reported by"
            + " RA-K8S-044.",
    remediation =
        "Remove the verb. A controller that manages RBAC needs it only for the roles it manages:"
            + " list them in `resourceNames` (for example `resourceNames: [\"app-reader\"]`).",
    references = {
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb",
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#bind-verb",
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb"
    })
public final class RolesWithoutEscalationVerbs implements Check<KubeManifests> {
  private static final List<String> VERBS = List.of("escalate", "bind", "impersonate");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      for (RbacRule rule : RbacRule.of(object)) {
        List<String> verbs = rule.listed("verbs", VERBS);
        if (verbs.isEmpty() || rule.isNarrowed()) {
          continue;
        }
        List<String> resources = rule.values("resources");
        out.report(
            rule.entry("verbs").orElseThrow().position(),
            object.label(),
            rule.label()
                + " grants "
                + String.join(", ", verbs)
                + (resources.isEmpty() ? "" : " on " + String.join(", ", resources))
                + " without resourceNames: whoever holds it can grant themselves more than it"
                + " grants.");
      }
    }
  }
}
