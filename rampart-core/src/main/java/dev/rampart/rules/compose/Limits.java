package dev.rampart.rules.compose;

import dev.rampart.check.Findings;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import java.util.Optional;

/** The resource-limit rules: one resource each, judged the same way. */
final class Limits {
  private Limits() {}

  /**
   * Reports each service without a limit on {@code resource} ({@code memory}, {@code cpus}, {@code
   * pids}), or whose limit is zero or negative, which Docker reads as no limit; {@code what} names
   * the consequence, after "so".
   */
  static void check(ComposeFile file, Findings out, String resource, String legacy, String what) {
    for (Service service : file.services()) {
      Optional<YamlEntry> limit = service.limit(resource);
      if (limit.isEmpty()) {
        out.report(
            service.position(),
            service.label(),
            service.label()
                + " sets no "
                + resource
                + " limit (deploy.resources.limits."
                + resource
                + " or "
                + legacy
                + "), so "
                + what
                + ".");
        continue;
      }
      String value = limit.get().value().asText().orElse("").strip();
      if (value.equals("0") || value.startsWith("-") || value.equals("0.0")) {
        out.report(
            limit.get().position(),
            service.label(),
            "The "
                + resource
                + " limit of "
                + service.label()
                + " is "
                + value
                + ", which is none.");
      }
    }
  }
}
