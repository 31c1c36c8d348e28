package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-024",
    title = "No service logs at debug level outside development files",
    severity = Severity.LOW,
    controls = "app.production-mode",
    aliases = {},
    rationale =
        "Debug and trace logging writes what production logs should not hold (request bodies,"
            + " headers with tokens, SQL with its parameters) and floods the log pipeline."
            + " Read from the service's `environment` (`LOG_LEVEL`, `LOGGING_LEVEL_*`,"
            + " `RUST_LOG`, `DEBUG=*`), with defaults and the `.env` file interpolated;"
            + " development files are passed over as by RA-CMP-023.",
    remediation =
        "Log at `info` (or `warn`) in production, `LOG_LEVEL: info`, and raise the level for one"
            + " component at a time while investigating.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/532.html"
    })
public final class NoDebugLoggingInEnv implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    if (!Environments.forDevelopment(file)) {
      Environments.report(file, out, DebugVariables::verboseLogging);
    }
  }
}
