package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Rule(
    id = "RA-K8S-030",
    title = "Secret and ConfigMap volumes are mounted with readOnly: true",
    severity = Severity.LOW,
    controls = "container.config-mounts-read-only",
    rationale =
        "Configuration and credentials are inputs: no container has a reason to write them. The"
            + " kubelet has mounted secret, configMap and projected volumes read-only since"
            + " Kubernetes 1.10 whatever the manifest says, so the flag changes nothing on a"
            + " current cluster; it states the intent where reviewers and admission policies read"
            + " it, and keeps the mount read-only if the volume is ever changed to a kind the"
            + " kubelet does not protect.",
    remediation =
        "Add `readOnly: true` to the volumeMount, and have the application write anything it"
            + " derives from its configuration to an emptyDir.",
    references = {
      "https://kubernetes.io/docs/concepts/storage/volumes/#secret",
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod"
    })
public final class ConfigMountsReadOnly implements Check<KubeManifests> {
  // The volume sources that carry configuration or credentials, with how a message names them.
  private static final Map<String, String> CONFIG_SOURCES =
      Map.of("secret", "Secret", "configMap", "ConfigMap", "projected", "projected");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      Map<String, String> configVolumes = configVolumes(workload.pod().node());
      for (Container container : workload.pod().containers()) {
        List<YamlNode> mounts =
            container.node().get("volumeMounts").map(YamlNode::items).orElse(List.of());
        for (YamlNode mount : mounts) {
          mount.asMapping().ifPresent(m -> check(workload, container, m, configVolumes, out));
        }
      }
    }
  }

  private static void check(
      Workload workload,
      Container container,
      YamlMapping mount,
      Map<String, String> configVolumes,
      Findings out) {
    Optional<String> name = mount.get("name").flatMap(YamlNode::asText);
    String source = name.map(configVolumes::get).orElse(null);
    Optional<YamlEntry> readOnly = mount.entry("readOnly");
    if (source == null || readOnly.flatMap(e -> e.value().asBoolean()).orElse(false)) {
      return;
    }
    String path = mount.get("mountPath").flatMap(YamlNode::asText).orElse("(no path)");
    out.report(
        readOnly.map(YamlEntry::position).orElseGet(mount::position),
        workload.label(container),
        container.label()
            + " mounts the "
            + source
            + " volume "
            + name.get()
            + " at "
            + path
            + " without readOnly: true.");
  }

  /** The pod's volumes that carry configuration or credentials, by name. */
  private static Map<String, String> configVolumes(YamlMapping pod) {
    Map<String, String> volumes = new HashMap<>();
    for (YamlNode volume : pod.get("volumes").map(YamlNode::items).orElse(List.of())) {
      Optional<String> name = volume.get("name").flatMap(YamlNode::asText);
      CONFIG_SOURCES.forEach(
          (key, label) -> {
            if (name.isPresent() && volume.get(key).isPresent()) {
              volumes.put(name.get(), label);
            }
          });
    }
    return volumes;
  }
}
