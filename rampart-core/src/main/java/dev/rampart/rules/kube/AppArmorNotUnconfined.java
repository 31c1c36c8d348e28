package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-012",
    title = "No container runs with AppArmor unconfined",
    severity = Severity.MEDIUM,
    controls = "container.mac-profile",
    aliases = {"kubesec:ApparmorUnconfined"},
    rationale =
        "On nodes with AppArmor, the runtime confines every container with its default"
            + " profile, which denies writes to /proc and /sys, mounts, and raw access to the"
            + " kernel's interfaces. Unconfined turns that off for the container. The"
            + " container's appArmorProfile wins over its legacy"
            + " container.apparmor.security.beta.kubernetes.io annotation, which wins over the"
            + " pod's appArmorProfile.",
    remediation =
        "Remove the Unconfined profile (RuntimeDefault applies when nothing is set), or write"
            + " a Localhost profile that allows what the workload needs.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    })
public final class AppArmorNotUnconfined implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    Profiles.reportUnconfined(
        manifests,
        Profiles.Kind.APPARMOR,
        out,
        container -> "AppArmor does not confine " + container.label() + ".");
  }
}
