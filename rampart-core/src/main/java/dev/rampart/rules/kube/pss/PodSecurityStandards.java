package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.format.kube.KubeManifests;
import java.util.List;

/**
 * The Kubernetes Pod Security Standards, latest version (policy v1.37), one rule per control, with
 * the verdicts of Kubernetes' own admission controller (pod-security-admission). They run only in
 * the profiles {@code pss-baseline} and {@code pss-restricted}: the default RA-K8S rules check the
 * same ground more strictly.
 *
 * <p>Restricted is baseline plus its own controls. Where the admission controller replaces a
 * baseline check with a stricter one in restricted (volume types for hostPath volumes,
 * capabilities, seccomp, /proc mount type), the baseline rule still runs and the restricted rule
 * reports only what the baseline one does not, so every problem is reported once. The two part ways
 * only on Windows pods that set Linux-only fields, which the API server refuses anyway.
 */
public final class PodSecurityStandards {
  private PodSecurityStandards() {}

  public static List<Check<KubeManifests>> all() {
    return List.of(
        // baseline (RA-PSS-001..012)
        new HostProcess(),
        new HostNamespaces(),
        new PrivilegedContainers(),
        new CapabilitiesBaseline(),
        new HostPathVolumes(),
        new HostPorts(),
        new HostProbesAndLifecycleHooks(),
        new AppArmor(),
        new SeLinux(),
        new ProcMountBaseline(),
        new SeccompBaseline(),
        new Sysctls(),
        // restricted (RA-PSS-013..019)
        new VolumeTypes(),
        new PrivilegeEscalation(),
        new RunningAsNonRoot(),
        new RunningAsNonRootUser(),
        new SeccompRestricted(),
        new CapabilitiesRestricted(),
        new ProcMountRestricted());
  }
}
