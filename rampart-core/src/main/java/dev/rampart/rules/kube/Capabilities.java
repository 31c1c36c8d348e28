package dev.rampart.rules.kube;

import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading a container's {@code securityContext.capabilities}. */
final class Capabilities {
  private Capabilities() {}

  /**
   * One capability a container adds.
   *
   * @param name as {@link #name} reads it
   */
  record Added(Workload workload, Container container, YamlNode item, String name) {}

  /** Every capability that the containers of {@code manifests} add, in order. */
  static List<Added> added(KubeManifests manifests) {
    List<Added> added = new ArrayList<>();
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        for (YamlNode item : items(container, "add")) {
          added.add(new Added(workload, container, item, name(item)));
        }
      }
    }
    return added;
  }

  /** The container's {@code capabilities} entry, when set. */
  static Optional<YamlEntry> of(Container container) {
    return SecurityContexts.own(container, "capabilities");
  }

  /** The container's {@code capabilities.add} or {@code capabilities.drop} entry, when set. */
  static Optional<YamlEntry> list(Container container, String which) {
    return of(container)
        .flatMap(entry -> entry.value().asMapping())
        .flatMap(capabilities -> capabilities.entry(which))
        .filter(entry -> !entry.value().isNull());
  }

  /** The items of the container's {@code capabilities.add} or {@code capabilities.drop}. */
  static List<YamlNode> items(Container container, String which) {
    return list(container, which).map(entry -> entry.value().items()).orElse(List.of());
  }

  /**
   * A capability's name as the container runtime reads it: containerd upper-cases it (so {@code
   * all} is {@code ALL}) before adding the kernel's {@code CAP_} prefix. Empty for a null item.
   */
  static String name(YamlNode item) {
    return item.asText().orElse("").strip().toUpperCase(Locale.ROOT);
  }
}
