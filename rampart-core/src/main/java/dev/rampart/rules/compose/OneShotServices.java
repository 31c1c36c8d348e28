package dev.rampart.rules.compose;

import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Services that run to completion rather than serve, which a health check has nothing to watch
 * over, as Kubernetes' probe rules pass over Jobs. A service is one when another service waits for
 * it with {@code condition: service_completed_successfully}; when it says it must not be restarted
 * ({@code restart: "no"} or {@code deploy.restart_policy.condition: none}) and has a {@code
 * command} of its own; or when it belongs only to profiles named for tasks ({@code tools}, {@code
 * migrate}, {@code setup}, {@code seed}, {@code backup} ...).
 */
final class OneShotServices {
  private static final Set<String> TASK_PROFILES =
      Set.of(
          "tools",
          "tool",
          "cli",
          "migrate",
          "migration",
          "migrations",
          "setup",
          "init",
          "seed",
          "backup",
          "restore",
          "test",
          "tests",
          "debug",
          "admin",
          "jobs",
          "job",
          "once");

  private OneShotServices() {}

  static Set<String> of(ComposeFile file) {
    Set<String> completed = new HashSet<>();
    for (Service service : file.services()) {
      service
          .node()
          .get("depends_on")
          .flatMap(YamlNode::asMapping)
          .ifPresent(
              dependencies -> {
                for (YamlEntry dependency : dependencies.entries()) {
                  boolean completes =
                      dependency
                          .value()
                          .get("condition")
                          .flatMap(YamlNode::asText)
                          .filter("service_completed_successfully"::equals)
                          .isPresent();
                  if (completes) {
                    dependency.name().ifPresent(completed::add);
                  }
                }
              });
    }
    for (Service service : file.services()) {
      if ((neverRestarted(service) && !service.commandWords("command").isEmpty())
          || taskProfilesOnly(service.profiles())) {
        completed.add(service.name());
      }
    }
    return completed;
  }

  private static boolean neverRestarted(Service service) {
    boolean restartNo = service.text("restart").map(String::strip).filter("no"::equals).isPresent();
    boolean policyNone =
        service
            .node()
            .path("deploy", "restart_policy", "condition")
            .flatMap(YamlNode::asText)
            .filter("none"::equals)
            .isPresent();
    // `restart: no` unquoted is YAML's false.
    boolean restartFalse =
        service.node().get("restart").flatMap(YamlNode::asBoolean).filter(b -> !b).isPresent();
    return restartNo || policyNone || restartFalse;
  }

  private static boolean taskProfilesOnly(List<String> profiles) {
    return !profiles.isEmpty()
        && profiles.stream()
            .allMatch(p -> TASK_PROFILES.contains(p.strip().toLowerCase(Locale.ROOT)));
  }
}
