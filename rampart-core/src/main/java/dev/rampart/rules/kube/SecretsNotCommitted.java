package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import dev.rampart.secrets.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-K8S-049",
    title = "Secret manifests hold no values",
    severity = Severity.HIGH,
    controls = {"secrets.via-secret-store", "secrets.no-hardcoded"},
    rationale =
        "The `data` of a Secret is base64, which anyone decodes, and `stringData` is plain text:"
            + " a Secret manifest committed with values puts them in every clone, fork, CI log"
            + " and backup of the repository, for good, since history keeps them after the file"
            + " changes. Not reported: a Secret without values (such as a service account token"
            + " Secret that the control plane fills), one encrypted by SOPS (it carries `sops`"
            + " metadata), empty and placeholder values, and the kinds that hold no value"
            + " (SealedSecret, ExternalSecret). Messages name the keys, never the values.",
    remediation =
        "Keep the values out of the repository: commit a SealedSecret or an ExternalSecret (or a"
            + " SOPS-encrypted file) and let the cluster produce the Secret, or create it at"
            + " deploy time from the CI's secret store. Rotate any value that was committed.",
    references = {
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://kubernetes.io/docs/concepts/configuration/secret/#uses-for-secrets"
    })
public final class SecretsNotCommitted implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      // SOPS encrypts the values in place and adds its metadata under sops.
      if (!object.kind().equals("Secret") || object.node().get("sops").isPresent()) {
        continue;
      }
      for (String field : new String[] {"data", "stringData"}) {
        object
            .node()
            .entry(field)
            .ifPresent(
                entry -> {
                  List<String> keys = keysWithValues(entry, field.equals("data"));
                  if (!keys.isEmpty()) {
                    out.report(
                        entry.position(),
                        object.label(),
                        object.label()
                            + " commits "
                            + (keys.size() == 1 ? "a value" : keys.size() + " values")
                            + " in "
                            + field
                            + " ("
                            + String.join(", ", keys)
                            + "): whoever reads the repository reads "
                            + (keys.size() == 1 ? "it." : "them."));
                  }
                });
      }
    }
  }

  private static List<String> keysWithValues(YamlEntry field, boolean base64) {
    List<String> keys = new ArrayList<>();
    for (YamlEntry entry : field.value().asMapping().map(YamlMapping::entries).orElse(List.of())) {
      Optional<String> value =
          entry.value().asText().map(v -> base64 ? SecretValues.decode(v).value() : v);
      if (value.isPresent() && !Placeholders.isPlaceholder(value.get())) {
        keys.add(entry.name().orElse("(unnamed)"));
      }
    }
    return keys;
  }
}
