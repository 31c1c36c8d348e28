package dev.rampart.rules.kube;

import dev.rampart.containers.SensitiveHostPaths;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hostPath volumes of a pod, and which host paths give the node away. */
final class HostPaths {
  private HostPaths() {}

  /**
   * One hostPath volume.
   *
   * @param at the {@code path} entry, or the {@code hostPath} entry when it has none
   * @param name the volume's name, or empty
   * @param path the host path as written, or empty
   */
  record Volume(YamlEntry at, String name, String path) {
    /** For example {@code /var/run/docker.sock of the node as volume docker}. */
    String label() {
      return (path.isEmpty() ? "a directory" : path)
          + " of the node as volume "
          + (name.isEmpty() ? "(unnamed)" : name);
    }
  }

  static List<Volume> of(Workload workload) {
    List<Volume> volumes = new ArrayList<>();
    for (YamlNode item :
        workload.pod().node().get("volumes").map(YamlNode::items).orElse(List.of())) {
      item.asMapping()
          .flatMap(volume -> volume.entry("hostPath"))
          .filter(hostPath -> !hostPath.value().isNull())
          .ifPresent(
              hostPath -> {
                Optional<YamlEntry> path =
                    hostPath.value().asMapping().flatMap(m -> m.entry("path"));
                volumes.add(
                    new Volume(
                        path.orElse(hostPath),
                        item.get("name").flatMap(YamlNode::asText).orElse(""),
                        path.flatMap(entry -> entry.value().asText()).orElse("")));
              });
    }
    return volumes;
  }

  /** What mounting {@code path} exposes, when it is one of the node's sensitive paths. */
  static Optional<String> sensitive(String path) {
    return SensitiveHostPaths.describe(path, "node");
  }
}
