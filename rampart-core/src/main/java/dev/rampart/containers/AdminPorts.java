package dev.rampart.containers;

import java.util.Map;
import java.util.Optional;

/** The ports of remote shells and control APIs, which only administrators should reach. */
public final class AdminPorts {
  private static final Map<Long, String> ADMIN =
      Map.ofEntries(
          Map.entry(22L, "SSH"),
          Map.entry(2222L, "SSH"),
          Map.entry(23L, "Telnet"),
          Map.entry(3389L, "RDP"),
          Map.entry(5900L, "VNC"),
          Map.entry(5985L, "WinRM"),
          Map.entry(5986L, "WinRM"),
          Map.entry(2375L, "the Docker API"),
          Map.entry(2376L, "the Docker API"),
          Map.entry(6443L, "the Kubernetes API server"),
          Map.entry(10250L, "the kubelet API"),
          Map.entry(10255L, "the kubelet's read-only API"));

  private AdminPorts() {}

  /** What listens on {@code port} by default, such as {@code SSH}, when it is an admin port. */
  public static Optional<String> service(long port) {
    return Optional.ofNullable(ADMIN.get(port));
  }
}
