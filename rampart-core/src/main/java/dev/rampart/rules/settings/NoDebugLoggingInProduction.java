package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-002",
    title = "Production settings do not log at debug or trace level",
    severity = Severity.LOW,
    controls = "app.production-mode",
    rationale =
        "At debug or trace level an application writes what its production logs should never"
            + " hold: the bodies of requests and answers, authorization headers and cookies,"
            + " queries with their parameters, customers' personal data, into a log store that"
            + " many more people and systems read than the application's database. Judged are"
            + " production settings, as RA-CFG-001 decides them. Reported: a"
            + " log level setting (LOG_LEVEL, LOGLEVEL, `*_LOG_LEVEL`, Spring's `logging.level.*`,"
            + " `*_VERBOSITY`) at debug, trace, all or silly, RUST_LOG with a debug or trace"
            + " default, and DEBUG=* of the Node.js debug library.",
    remediation =
        "Log at `info` (or `warn`) in production (`LOG_LEVEL=info`, `logging.level.root: INFO`),"
            + " and raise the level for a while, on one instance, when debugging.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/532.html"
    })
public final class NoDebugLoggingInProduction implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, DebugVariables::verboseLogging);
  }
}
