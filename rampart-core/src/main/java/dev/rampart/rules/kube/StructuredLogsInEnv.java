package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.LogFormatVariables;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-054",
    title = "No container selects an unstructured log format",
    severity = Severity.LOW,
    controls = "ops.structured-logging",
    rationale =
        "Incident response reads logs by their fields: which user, which request id, which source"
            + " address, what status. Logs written as free text for a terminal lose those fields"
            + " on the way to the log store, split stack traces into unrelated lines, and let a"
            + " value with a newline forge an entry. Reported: a variable choosing the log format"
            + " (LOG_FORMAT, LOGFORMAT, LOGGING_FORMAT, LOG_ENCODING, LOG_OUTPUT_FORMAT, or a name"
            + " ending with _LOG_FORMAT, _LOGGING_FORMAT or _LOG_ENCODING) set to text, plain,"
            + " plaintext, console, pretty, human, simple or colored. json, ecs, gelf, logfmt"
            + " and other structured formats pass.",
    remediation =
        "Log as JSON (`LOG_FORMAT=json`; for zap, `LOG_ENCODING=json`), with a request or trace"
            + " id in each entry, and keep the text format for a developer's machine.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://kubernetes.io/docs/concepts/cluster-administration/logging/",
      "https://cwe.mitre.org/data/definitions/117.html"
    })
public final class StructuredLogsInEnv implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    EnvVars.report(manifests, out, LogFormatVariables::unstructured);
  }
}
