package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.LogFormatVariables;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-021",
    title = "No service selects an unstructured log format",
    severity = Severity.LOW,
    controls = "ops.structured-logging",
    aliases = {},
    rationale =
        "Logs written as free text for a terminal (`LOG_FORMAT=text`, `console`, `pretty`) cannot"
            + " be searched or alerted on by field (user, request id, status), and a multi-line"
            + " stack trace becomes many events. The format variables are read from the service's"
            + " `environment`, with values from defaults and the `.env` file interpolated: any"
            + " name ending with LOG_FORMAT, LOGGING_FORMAT or LOG_ENCODING. Whether logs are"
            + " shipped off the host is the logging driver's part (RA-CMP-020 reads it).",
    remediation =
        "Select a structured format: `LOG_FORMAT: json` (or `logfmt`, `ecs`, `gelf`), and include"
            + " a request or trace id in each event.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://12factor.net/logs"
    })
public final class StructuredLogsInEnv implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Environments.report(file, out, LogFormatVariables::unstructured);
  }
}
