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
        new ContainersNotRoot(),
        new ContainersNotPrivileged(),
        new NoHostNamespaces(),
        // each container's securityContext, and what of the node pods reach (RA-K8S-004..018)
        new NoPrivilegeEscalation(),
        new PrivilegeEscalationDisabled(),
        new ReadOnlyRootFilesystem(),
        new CapabilitiesDropped(),
        new NoDangerousCapabilities(),
        new OnlyNetBindServiceAdded(),
        new SeccompNotUnconfined(),
        new SeccompProfileSet(),
        new AppArmorNotUnconfined(),
        new SelinuxNotOverridden(),
        new NoHostPorts(),
        new NoHostPathVolumes(),
        new NoSensitiveHostMounts(),
        new ProcMountDefault(),
        new NoWindowsHostProcess(),
        // what each container of a workload asks for and runs (RA-K8S-020..039)
        new MemoryLimitsSet(),
        new CpuLimitsSet(),
        new MemoryRequestsSet(),
        new CpuRequestsSet(),
        new LivenessProbeSet(),
        new ReadinessProbeSet(),
        new ImagesTagged(),
        new ImagesPinnedByDigest(),
        new ImagePullPolicyAlways(),
        new NoSshPort(),
        new ConfigMountsReadOnly(),
        new EmptyDirSizeLimited(),
        new NoLiteralSecretsInEnv(),
        new NoDebugModeInEnv(),
        new NoDebugLoggingInEnv(),
        new TlsVerificationOnInEnv(),
        // objects other than pods: namespaces, RBAC, Secrets, Ingresses (RA-K8S-041..051)
        new NamespacesEnforceRestricted(),
        new RolesWithoutWildcards(),
        new ClusterRolesDoNotReadSecrets(),
        new RolesWithoutEscalationVerbs(),
        new NoAnonymousBindings(),
        new SecretsNotCommitted(),
        new IngressesServeTls(),
        new IngressesRedirectToHttps(),
        // the strength of signing keys, and the log format containers choose (RA-K8S-053..054)
        new SigningSecretsStrong(),
        new StructuredLogsInEnv(),
        // where images come from (RA-K8S-059)
        new ImagesFromNamedRegistries(),
        // Services that publish admin ports, data stores that keep no data (RA-K8S-056..058)
        new AdminPortsRestricted(),
        new DataStoresPersisted(),
        new RedisAppendOnly());
  }

  /** The rules that read every manifest of the scan at once. */
  public static List<Check<ParsedFiles<KubeManifests>>> scanWide() {
    return List.of(
        // resolved across files: service accounts, network policies, bound roles (RA-K8S-040..045)
        new ServiceAccountTokenNotAutomounted(),
        new WorkloadsIsolatedForIngress(),
        new WorkloadsIsolatedForEgress(),
        new NoClusterAdminBindings(),
        // secret values compared across the environments' files (RA-K8S-052)
        new SecretsDifferPerEnvironment(),
        // data stores published outside the cluster, resolved across files (RA-K8S-055)
        new DataStoresNotExposed());
  }
}
