package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-K8S-006",
    title = "Containers have a read-only root filesystem",
    severity = Severity.MEDIUM,
    controls = "container.read-only-rootfs",
    aliases = {
      "polaris:notReadOnlyRootFilesystem",
      "kube-score:container-security-context-readonlyrootfilesystem",
      "kube-linter:no-read-only-root-fs",
      "trivy:KSV014",
      "checkov:CKV_K8S_22"
    },
    rationale =
        "A writable root filesystem lets an intruder replace the image's binaries and libraries,"
            + " drop tools, and persist until the container restarts; with a read-only one, only"
            + " the volumes the manifest declares are writable. The field exists only in the"
            + " container's securityContext: set on the pod, it does nothing."
            + " Windows pods (spec.os.name: windows), which may not set it, are passed over.",
    remediation =
        "Set `readOnlyRootFilesystem: true` in each container's securityContext, and mount an"
            + " `emptyDir` (with a `sizeLimit`) at each path the application writes, such as"
            + " /tmp.",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir"
    })
public final class ReadOnlyRootFilesystem implements Check<KubeManifests> {
  private static final String FIELD = "readOnlyRootFilesystem";

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      if (!SecurityContexts.linux(workload)) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        Optional<YamlEntry> setting = SecurityContexts.own(container, FIELD);
        Optional<Boolean> value = setting.flatMap(entry -> entry.value().asBoolean());
        if (value.orElse(false)) {
          continue;
        }
        String where = workload.label(container);
        if (value.isPresent()) {
          out.report(
              setting.get().position(),
              where,
              FIELD + " is false: " + container.label() + " can rewrite its image's files.");
        } else if (setting.isPresent()) {
          out.report(
              setting.get().position(),
              where,
              FIELD
                  + " is "
                  + SecurityContexts.written(setting.get().value())
                  + ", not the boolean true: the API server rejects "
                  + container.label()
                  + " as written. Write true, unquoted.");
        } else {
          out.report(
              container.position(),
              where,
              container.label()
                  + " does not set readOnlyRootFilesystem: true, so it can rewrite its image's"
                  + " files."
                  + SecurityContexts.ignoredOnPod(workload.pod(), FIELD));
        }
      }
    }
  }
}
