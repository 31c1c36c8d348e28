package dev.rampart.rules.compose;

import dev.rampart.check.Findings;
import dev.rampart.envvars.Environment;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.EnvVar;
import dev.rampart.format.compose.Service;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** What the rules about application settings read from services' {@code environment}. */
final class Environments {
  private Environments() {}

  /** For example {@code environment DEBUG of service web}. */
  static String label(EnvVar var, Service service) {
    return "environment " + var.name() + " of " + service.label();
  }

  /**
   * Reports every variable with a known value (written, defaulted or from the {@code .env}) for
   * which {@code judge}, given its name and value, says what is wrong, as a clause to follow
   * "environment NAME of service x". A variable Compose takes from the shell is not judged.
   */
  static void report(
      ComposeFile file, Findings out, BiFunction<String, String, Optional<String>> judge) {
    for (Service service : file.services()) {
      for (EnvVar var : service.environment()) {
        var.known()
            .flatMap(value -> judge.apply(var.name(), value))
            .ifPresent(
                clause ->
                    out.report(
                        var.at(), service.label(), label(var, service) + " " + clause + "."));
      }
    }
  }

  /**
   * True when the file is for development: a non-production path ({@code docker-compose.dev.yml},
   * {@code test/compose.yaml}), or an override file ({@code compose.override.yaml}), which Compose
   * merges in by default and which is, by convention, the developer's local setup.
   */
  static boolean forDevelopment(ComposeFile file) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return Environment.of(file.path()) == Environment.NON_PRODUCTION
        || name.matches("(?:docker-)?compose\\.override\\.ya?ml");
  }
}
