package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-033",
    title = "No container runs in debug or development mode",
    severity = Severity.MEDIUM,
    controls = "app.production-mode",
    rationale =
        "Debug and development modes are made for a developer's machine: Django, Flask and"
            + " Laravel show stack traces, settings and environment to whoever triggers an error;"
            + " Werkzeug's debugger and a JDWP agent or Node.js inspector let whoever reaches them"
            + " run code in the container. A manifest that deploys them exposes all that to the"
            + " cluster's network, or to the internet behind an Ingress.",
    remediation =
        "Remove the variable or set its production value (`DEBUG=false`,"
            + " `NODE_ENV=production`, `RAILS_ENV=production`, `ASPNETCORE_ENVIRONMENT=Production`);"
            + " debug a running pod with `kubectl debug` and a port-forward instead of a debugger"
            + " built into the deployment.",
    references = {
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
      "https://flask.palletsprojects.com/en/stable/debugging/",
      "https://owasp.org/Top10/A05_2021-Security_Misconfiguration/"
    })
public final class NoDebugModeInEnv implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    EnvVars.report(manifests, out, DebugVariables::debugMode);
  }
}
