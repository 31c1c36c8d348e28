package dev.rampart.settle;

import dev.rampart.model.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recommendations of the CIS Docker Benchmark v1.6.0 (sections 4, Container Images and Build
 * File, and 5, Container Runtime) that rules of the {@code cis-docker} profile check. A rule names
 * the recommendations it checks as aliases ({@code cis-docker:5.5}); this table gives their titles.
 * Only recommendations whose title a rule checks as written are here: the others (content trust,
 * image scanning, setuid bits, restart policies, ulimits, mount propagation, exec options, the
 * default bridge, swarm mode) need the running host or are not in the files Rampart reads.
 */
public final class CisDocker {
  /** The alias prefix naming a recommendation: {@code cis-docker:4.1}. */
  public static final String PREFIX = "cis-docker:";

  /** The benchmark version whose numbers and titles these are. */
  public static final String VERSION = "1.6.0";

  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("4.1", "Ensure that a user for the container has been created"),
          Map.entry("4.3", "Ensure that unnecessary packages are not installed in the container"),
          Map.entry(
              "4.6", "Ensure that HEALTHCHECK instructions have been added to container images"),
          Map.entry("4.7", "Ensure update instructions are not used alone in Dockerfiles"),
          Map.entry("4.9", "Ensure that COPY is used instead of ADD in Dockerfiles"),
          Map.entry("4.10", "Ensure secrets are not stored in Dockerfiles"),
          Map.entry("4.11", "Ensure only verified packages are installed"),
          Map.entry("5.2", "Ensure that, if applicable, an AppArmor Profile is enabled"),
          Map.entry("5.3", "Ensure that, if applicable, SELinux security options are set"),
          Map.entry(
              "5.4", "Ensure that Linux kernel capabilities are restricted within containers"),
          Map.entry("5.5", "Ensure that privileged containers are not used"),
          Map.entry(
              "5.6", "Ensure sensitive host system directories are not mounted on containers"),
          Map.entry("5.7", "Ensure sshd is not run within containers"),
          Map.entry("5.10", "Ensure that the host's network namespace is not shared"),
          Map.entry("5.11", "Ensure that the memory usage for containers is limited"),
          Map.entry("5.12", "Ensure that CPU priority is set appropriately on containers"),
          Map.entry("5.13", "Ensure that the container's root filesystem is mounted as read only"),
          Map.entry(
              "5.14",
              "Ensure that incoming container traffic is bound to a specific host interface"),
          Map.entry("5.16", "Ensure that the host's process namespace is not shared"),
          Map.entry("5.17", "Ensure that the host's IPC namespace is not shared"),
          Map.entry("5.18", "Ensure that host devices are not directly exposed to containers"),
          Map.entry("5.21", "Ensure that the host's UTS namespace is not shared"),
          Map.entry("5.22", "Ensure the default seccomp profile is not Disabled"),
          Map.entry(
              "5.26",
              "Ensure that the container is restricted from acquiring additional privileges"),
          Map.entry("5.27", "Ensure that container health is checked at runtime"),
          Map.entry("5.29", "Ensure that the PIDs cgroup limit is used"),
          Map.entry("5.31", "Ensure that the host's user namespaces are not shared"),
          Map.entry("5.32", "Ensure that the Docker socket is not mounted inside any containers"));

  /** One recommendation: its number ({@code 5.5}) and title. */
  public record Recommendation(String number, String title) {}

  private CisDocker() {}

  /** The recommendation with this number, if a rule checks it. */
  public static Optional<Recommendation> recommendation(String number) {
    return Optional.ofNullable(TITLES.get(number)).map(title -> new Recommendation(number, title));
  }

  /** The numbers of the recommendations a rule names in its aliases, in its order. */
  public static List<String> numbers(RuleInfo rule) {
    return rule.aliases().stream()
        .filter(alias -> alias.startsWith(PREFIX))
        .map(alias -> alias.substring(PREFIX.length()))
        .toList();
  }

  /** Every recommendation some rule checks, in the benchmark's order (4.1, 4.3, ... 5.32). */
  public static List<Recommendation> covered(List<RuleInfo> rules) {
    return rules.stream()
        .flatMap(rule -> numbers(rule).stream())
        .distinct()
        .sorted(CisDocker::compareNumbers)
        .map(number -> recommendation(number).orElse(new Recommendation(number, "")))
        .toList();
  }

  private static int compareNumbers(String a, String b) {
    String[] left = a.split("\\.", -1);
    String[] right = b.split("\\.", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
