package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.kube.KubeManifests;
import java.util.List;

/** Every Kubernetes rule. A new rule is one class in this package and one line here. */
public final class KubernetesRules {
  private KubernetesRules() {}

  public static List<Check<KubeManifests>> all() {
    return List.of(
        // who containers run as and what of the node they share (RA-K8S-001..003)
        new ContainersNotRoot(),
        new ContainersNotPrivileged(),
        new NoHostNamespaces(),
        // objects other than pods: namespaces, RBAC, Secrets, Ingresses (RA-K8S-041..051)
        new NamespacesEnforceRestricted(),
        new RolesWithoutWildcards(),
        new ClusterRolesDoNotReadSecrets(),
        new RolesWithoutEscalationVerbs(),
        new NoAnonymousBindings(),
        new SecretsNotCommitted(),
        new IngressesServeTls(),
        new IngressesRedirectToHttps());
  }

  /** The rules that read every manifest of the scan at once. */
  public static List<Check<ParsedFiles<KubeManifests>>> scanWide() {
    return List.of(
        // resolved across files: service accounts, network policies, bound roles (RA-K8S-040..045)
        new ServiceAccountTokenNotAutomounted(),
        new WorkloadsIsolatedForIngress(),
        new WorkloadsIsolatedForEgress(),
        new NoClusterAdminBindings());
  }
}
