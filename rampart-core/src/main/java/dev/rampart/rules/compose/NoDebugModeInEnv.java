package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-023",
    title = "No service runs in debug or development mode outside development files",
    severity = Severity.MEDIUM,
    controls = "app.production-mode",
    aliases = {},
    rationale =
        "Debug mode shows stack traces, settings and sometimes an interactive console to whoever"
            + " triggers an error (Django, Flask's Werkzeug debugger, Laravel's Ignition); a"
            + " development environment (`NODE_ENV=development`, `RAILS_ENV=development`) turns"
            + " off caching and hardening; a JDWP agent or `--inspect` lets whoever reaches the"
            + " port run code. Read from the service's `environment`, with defaults and the"
            + " `.env` file interpolated. Files for development are passed over: a"
            + " non-production path (`docker-compose.dev.yml`, `test/compose.yaml`) and"
            + " `compose.override.yaml`, which by convention holds the developer's local"
            + " overrides. Any other file, `compose.yaml` included, is what `docker compose up`"
            + " runs, in production too.",
    remediation =
        "Set the production values in the production file (`DEBUG: \"false\"`, `NODE_ENV:"
            + " production`), and move development settings to `compose.override.yaml` or"
            + " `docker-compose.dev.yml`.",
    references = {
      "https://owasp.org/Top10/A05_2021-Security_Misconfiguration/",
      "https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/"
    })
public final class NoDebugModeInEnv implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    if (!Environments.forDevelopment(file)) {
      Environments.report(file, out, DebugVariables::debugMode);
    }
  }
}
