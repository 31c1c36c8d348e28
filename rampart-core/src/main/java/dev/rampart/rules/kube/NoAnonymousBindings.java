package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-K8S-048",
    title = "No role is bound to anonymous or unauthenticated users",
    severity = Severity.CRITICAL,
    controls = "k8s.rbac-least-privilege",
    aliases = {"kubesec:BindingsToSystemAnonymous", "trivy:KSV122"},
    rationale =
        "The API server gives every request without credentials the user `system:anonymous` in"
            + " the group `system:unauthenticated`. A binding to either grants its role to"
            + " anyone who can reach the API server, from anywhere, with nothing to steal first;"
            + " scanners find such clusters within hours.",
    remediation =
        "Remove the subject. Grant the role to the ServiceAccount, user or group that needs it;"
            + " health checks reach `/healthz`, `/livez` and `/readyz` without a binding.",
    references = {
      "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests",
      "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
    })
public final class NoAnonymousBindings implements Check<KubeManifests> {
  private static final Set<String> ANONYMOUS = Set.of("system:anonymous", "system:unauthenticated");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      RbacBinding.of(object).ifPresent(binding -> check(binding, out));
    }
  }

  private static void check(RbacBinding binding, Findings out) {
    KubeObject object = binding.object();
    String role =
        binding.roleKind()
            + " "
            + binding.roleName().flatMap(e -> e.value().asText()).orElse("(unnamed)");
    for (YamlMapping subject : binding.subjects()) {
      String name = RbacBinding.name(subject).orElse("");
      if (ANONYMOUS.contains(name)) {
        out.report(
            subject.entry("name").orElseThrow().position(),
            object.label(),
            object.label()
                + " grants "
                + role
                + " to "
                + name
                + ": every request that carries no credentials gets it.");
      }
    }
  }
}
