package dev.rampart.format.compose;

import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a service's own Dockerfile says about the image it builds, read from the build context in
 * the scanned tree: the final stage's USER and whether it has a HEALTHCHECK, each inherited from
 * the stages it builds on ({@code FROM base AS final}).
 *
 * @param read true when the Dockerfile was found and read
 * @param user the USER the built image runs as, when the Dockerfile sets one
 * @param healthcheck true when the image has a HEALTHCHECK that is not {@code HEALTHCHECK NONE}
 */
public record Build(boolean read, Optional<String> user, boolean healthcheck) {

  /** A service that pulls its image, or whose Dockerfile could not be read. */
  public static final Build UNKNOWN = new Build(false, Optional.empty(), false);

  /** The image {@code file} builds, for the stage {@code target} or else its final stage. */
  static Build of(Dockerfile file, Optional<String> target) {
    Optional<Stage> stage =
        target
            .flatMap(
                name ->
                    file.stages().stream()
                        .filter(s -> s.name().filter(name::equalsIgnoreCase).isPresent())
                        .findFirst())
            .or(file::finalStage);
    if (stage.isEmpty()) {
      return UNKNOWN;
    }
    Optional<String> user = Optional.empty();
    Optional<Boolean> healthcheck = Optional.empty();
    // Nearest stage first: what a stage sets overrides what it inherits.
    for (Stage s : file.lineage(stage.get())) {
      List<Instruction> users = s.instructions("USER");
      if (user.isEmpty() && !users.isEmpty()) {
        user = Optional.of(users.get(users.size() - 1).arguments().strip());
      }
      List<Instruction> checks = s.instructions("HEALTHCHECK");
      if (healthcheck.isEmpty() && !checks.isEmpty()) {
        String arguments = checks.get(checks.size() - 1).arguments().strip();
        healthcheck = Optional.of(!arguments.toUpperCase(Locale.ROOT).startsWith("NONE"));
      }
    }
    return new Build(true, user, healthcheck.orElse(false));
  }

  /** True when the built image's USER is neither root nor UID 0. */
  public boolean runsAsNonRoot() {
    return user.map(
            u -> {
              int colon = u.indexOf(':');
              String name = colon < 0 ? u : u.substring(0, colon);
              return !name.isEmpty() && !name.equals("root") && !name.equals("0");
            })
        .orElse(false);
  }
}
