package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.LogFormatVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-010",
    title = "Production settings choose a structured log format",
    severity = Severity.LOW,
    controls = "ops.structured-logging",
    rationale =
        "Alerts and investigations search logs by field (user, request id, client address,"
            + " status); a terminal's free-text format has none to search, breaks one stack trace"
            + " into many entries, and lets a value with a newline in it write a false entry of"
            + " its own. Judged are production settings, as"
            + " RA-CFG-001 decides them. Reported: a log format setting (LOG_FORMAT, LOGFORMAT,"
            + " LOGGING_FORMAT, LOG_ENCODING, LOG_OUTPUT_FORMAT, `*_LOG_FORMAT`, `log.format`)"
            + " set to text, plain, plaintext, console, pretty, human, simple or colored; json,"
            + " ecs, gelf, logfmt and other structured formats pass.",
    remediation =
        "Log as JSON in production (`LOG_FORMAT=json`; for zap, `LOG_ENCODING=json`), with a"
            + " request or trace id in each entry, and keep the text format for development.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/117.html"
    })
public final class StructuredLogsInProduction implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, LogFormatVariables::unstructured);
  }
}
