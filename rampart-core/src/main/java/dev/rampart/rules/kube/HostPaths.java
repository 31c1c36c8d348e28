package dev.rampart.rules.kube;

import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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

  /**
   * Paths whose whole tree is the node's to keep, with what a pod that mounts them gets; in order,
   * so that a directory above several is described the same way every time.
   */
  private static final List<Map.Entry<String, String>> SENSITIVE_TREES =
      List.of(
          Map.entry("/proc", "the node's processes and kernel settings"),
          Map.entry("/sys", "the node's kernel, cgroup and device settings"),
          Map.entry("/dev", "the node's devices"),
          Map.entry("/boot", "the node's kernel and boot loader"),
          Map.entry("/root", "root's home directory, with its keys and credentials"),
          Map.entry("/home", "the users' home directories, with their keys and credentials"),
          Map.entry("/etc/kubernetes", "the node's kubeconfigs and cluster certificates"),
          Map.entry("/var/lib/kubelet", "the kubelet's state, with every pod's secrets"),
          Map.entry("/var/lib/etcd", "etcd's data, with every secret of the cluster"),
          Map.entry("/var/lib/docker", "the container runtime's state: every container's files"),
          Map.entry(
              "/var/lib/containerd", "the container runtime's state: every container's files"),
          Map.entry(
              "/var/lib/containers", "the container runtime's state: every container's files"));

  /** Paths sensitive in themselves, though not all below them is: /etc/localtime is harmless. */
  private static final Map<String, String> SENSITIVE_PATHS =
      Map.ofEntries(
          Map.entry("/", "the node's whole filesystem"),
          Map.entry("/etc", "the node's configuration, with its credentials"),
          Map.entry("/etc/shadow", "the node's password hashes"),
          Map.entry("/etc/sudoers", "the node's sudo rules"),
          Map.entry("/bin", "the node's programs"),
          Map.entry("/sbin", "the node's programs"),
          Map.entry("/usr", "the node's programs and libraries"),
          Map.entry("/lib", "the node's libraries"),
          Map.entry("/lib64", "the node's libraries"));

  private static final String SOCKET =
      "the container runtime's socket, which starts privileged containers for whoever asks";

  /** Runtime sockets, wherever a distribution keeps them. */
  private static final List<String> SOCKET_NAMES =
      List.of(
          "docker.sock",
          "containerd.sock",
          "crio.sock",
          "cri-dockerd.sock",
          "dockershim.sock",
          "podman.sock");

  /** The runtime sockets' usual places, so that mounting a directory above one counts. */
  private static final List<String> SOCKETS =
      List.of(
          "/run/docker.sock",
          "/run/containerd/containerd.sock",
          "/run/crio/crio.sock",
          "/var/run/docker.sock",
          "/var/run/containerd/containerd.sock",
          "/var/run/crio/crio.sock");

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
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String normal = normalise(path);
    String file = normal.substring(normal.lastIndexOf('/') + 1);
    if (SOCKET_NAMES.contains(file)) {
      return Optional.of(SOCKET);
    }
    if (SENSITIVE_PATHS.containsKey(normal)) {
      return Optional.of(SENSITIVE_PATHS.get(normal));
    }
    for (Map.Entry<String, String> tree : SENSITIVE_TREES) {
      if (within(normal, tree.getKey())) {
        return Optional.of(tree.getValue());
      }
      if (within(tree.getKey(), normal)) {
        return Optional.of("a directory that holds " + tree.getValue());
      }
    }
    for (String socket : SOCKETS) {
      if (within(socket, normal)) {
        return Optional.of("a directory that holds " + SOCKET);
      }
    }
    return Optional.empty();
  }

  /** True when {@code path} is {@code directory} or below it. */
  private static boolean within(String path, String directory) {
    return path.equals(directory) || directory.equals("/") || path.startsWith(directory + "/");
  }

  /** An absolute path without {@code .}, {@code ..}, repeated or trailing slashes. */
  private static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
