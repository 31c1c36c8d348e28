package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.rules.kube.pss.PodSecurityStandards;
import java.util.ArrayList;
import java.util.List;

/** Every Kubernetes rule. A new rule is one class in this package and one line here. */
public final class KubernetesRules {
  private KubernetesRules() {}

  public static List<Check<KubeManifests>> all() {
    List<Check<KubeManifests>> rules = new ArrayList<>(inThisPackage());
    // The Pod Security Standards, exactly: profile-only rules of rules/kube/pss (RA-PSS-001..019)
    rules.addAll(PodSecurityStandards.all());
    return List.copyOf(rules);
  }

  private static List<Check<KubeManifests>> inThisPackage() {
    return List.of(
        // who containers run as and what of the node they share (RA-K8S-001..003)
        new ContainersNotRoot(), new ContainersNotPrivileged(), new NoHostNamespaces());
  }

  /** The rules that read every manifest of the scan at once. */
  public static List<Check<ParsedFiles<KubeManifests>>> scanWide() {
    return List.of();
  }
}
