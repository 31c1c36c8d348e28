package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-034",
    title = "No container logs at debug or trace level",
    severity = Severity.LOW,
    controls = "app.production-mode",
    rationale =
        "Debug and trace logs record what production logs leave out: request and response"
            + " bodies, headers with tokens and cookies, SQL with its parameters, personal data."
            + " They go wherever the logs go, to people and systems that may not see those"
            + " values, and their volume buries the events that matter.",
    remediation =
        "Log at `info` (or `warn`) in production, and raise the level for a while, on one pod,"
            + " when debugging.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://cwe.mitre.org/data/definitions/532.html"
    })
public final class NoDebugLoggingInEnv implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    EnvVars.report(manifests, out, DebugVariables::verboseLogging);
  }
}
