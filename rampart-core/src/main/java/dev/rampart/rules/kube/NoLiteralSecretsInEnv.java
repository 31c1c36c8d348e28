package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;

@Rule(
    id = "RA-K8S-032",
    title = "No secret is written into a container's env",
    severity = Severity.HIGH,
    controls = {"secrets.no-hardcoded", "secrets.via-secret-store"},
    rationale =
        "An env value is part of the manifest: it sits in the repository and its history for"
            + " good, and in the cluster it is readable by anyone who may get the workload, which"
            + " is far more people than may read Secrets. A Secret reference keeps the value out of"
            + " git and under the Secret's own RBAC and encryption at rest.",
    remediation =
        "Remove the value, rotate the secret, and read it from a Secret: `valueFrom: {secretKeyRef:"
            + " {name: db-credentials, key: password}}`, or mount the Secret as a file. Keep the"
            + " Secret itself out of git with External Secrets, Sealed Secrets or SOPS.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
    })
public final class NoLiteralSecretsInEnv implements Check<KubeManifests> {
  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (EnvVars.EnvVar var : EnvVars.of(manifests)) {
      // Such a value only refers to a secret defined elsewhere.
      if (EnvVars.onlyRefersToOtherVariables(var.value())) {
        continue;
      }
      LiteralSecrets.describe(var.name(), var.value())
          .ifPresent(
              what ->
                  out.reportWithIdentity(
                      var.at(),
                      var.where(),
                      var.label()
                          + " holds "
                          + what
                          + ", readable by anyone who may read the manifest or get the workload.",
                      LiteralSecrets.identity(var.name(), var.value())));
    }
  }
}
