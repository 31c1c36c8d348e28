package dev.rampart.containers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host paths that give a host away when a container mounts them: the runtime's socket, {@code
 * /}, {@code /etc}, {@code /proc}, {@code /sys}, home directories, the kubelet's and the runtime's
 * state. Shared by the Kubernetes hostPath rules and the Compose bind-mount rules, each naming the
 * host in its own words ({@code node}, {@code host}).
 */
public final class SensitiveHostPaths {
  private SensitiveHostPaths() {}

  /**
   * Paths whose whole tree is the host's to keep, with what a pod that mounts them gets; in order,
   * so that a directory above several is described the same way every time.
   */
  private static final List<Map.Entry<String, String>> SENSITIVE_TREES =
      List.of(
          Map.entry("/proc", "the %1$s's processes and kernel settings"),
          Map.entry("/sys", "the %1$s's kernel, cgroup and device settings"),
          Map.entry("/dev", "the %1$s's devices"),
          Map.entry("/boot", "the %1$s's kernel and boot loader"),
          Map.entry("/root", "root's home directory, with its keys and credentials"),
          Map.entry("/home", "the users' home directories, with their keys and credentials"),
          Map.entry("/etc/kubernetes", "the %1$s's kubeconfigs and cluster certificates"),
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
          Map.entry("/", "the %1$s's whole filesystem"),
          Map.entry("/etc", "the %1$s's configuration, with its credentials"),
          Map.entry("/etc/shadow", "the %1$s's password hashes"),
          Map.entry("/etc/sudoers", "the %1$s's sudo rules"),
          Map.entry("/bin", "the %1$s's programs"),
          Map.entry("/sbin", "the %1$s's programs"),
          Map.entry("/usr", "the %1$s's programs and libraries"),
          Map.entry("/lib", "the %1$s's libraries"),
          Map.entry("/lib64", "the %1$s's libraries"));

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

  /**
   * What mounting {@code path} exposes, when it is one of the host's sensitive paths, in words that
   * call the host {@code host}: {@code the node's whole filesystem}.
   */
  public static Optional<String> describe(String path, String host) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String normal = normalise(path);
    String file = normal.substring(normal.lastIndexOf('/') + 1);
    if (SOCKET_NAMES.contains(file)) {
      return Optional.of(SOCKET);
    }
    if (SENSITIVE_PATHS.containsKey(normal)) {
      return Optional.of(SENSITIVE_PATHS.get(normal).formatted(host));
    }
    for (Map.Entry<String, String> tree : SENSITIVE_TREES) {
      if (within(normal, tree.getKey())) {
        return Optional.of(tree.getValue().formatted(host));
      }
      if (within(tree.getKey(), normal)) {
        return Optional.of("a directory that holds " + tree.getValue().formatted(host));
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
