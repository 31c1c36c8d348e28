package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-020",
    title = "Services' logs are rotated",
    severity = Severity.LOW,
    controls = "container.log-rotation",
    aliases = {},
    rationale =
        "Docker's default logging driver, `json-file`, keeps everything a container prints in"
            + " one file that is never rotated: a chatty or flooded service fills the host's disk,"
            + " and then every service on it fails. With `json-file` (or no `logging` at all,"
            + " unless the daemon's daemon.json sets other defaults, which a Compose file cannot"
            + " show) a service needs `max-size` (and `max-file` to keep more than one file). The"
            + " `local` driver rotates by default; `journald` and `syslog` hand rotation to the"
            + " host, and remote drivers (`fluentd`, `gelf`, `awslogs`, `splunk`, `gcplogs` ...)"
            + " ship logs off the host; they pass, as does `none`.",
    remediation =
        "Set `logging: {driver: json-file, options: {max-size: \"10m\", max-file: \"3\"}}` on"
            + " each service (an `x-logging: &logging` extension field and `logging: *logging`"
            + " avoid repeating it), use `driver: local`, or set `log-opts` in the daemon's"
            + " daemon.json for every container of the host.",
    references = {
      "https://docs.docker.com/engine/logging/drivers/json-file/",
      "https://docs.docker.com/engine/logging/drivers/local/",
      "https://docs.docker.com/reference/compose-file/services/#logging"
    })
public final class LogsRotated implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      if (!service.loggingDriver().equals("json-file")
          || service.loggingOption("max-size").filter(s -> !s.isBlank()).isPresent()) {
        continue;
      }
      Optional<YamlEntry> logging = service.logging();
      out.report(
          logging.map(YamlEntry::position).orElse(service.position()),
          service.label(),
          logging.isPresent()
              ? service.label() + " logs with json-file without max-size: its log is never rotated."
              : service.label()
                  + " sets no logging, so Docker's default json-file driver keeps its log in one"
                  + " file that is never rotated.");
    }
  }
}
