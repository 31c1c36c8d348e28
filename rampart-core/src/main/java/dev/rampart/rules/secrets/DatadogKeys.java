package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-028",
    title = "No Datadog API or application key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:datadog-access-token"},
    rationale =
        "A Datadog API key submits metrics, logs and events to the organisation; an application"
            + " key, with it, reads dashboards, monitors and logs as its owner. Whoever reads them"
            + " can read what the logs hold or silence the monitors.",
    remediation =
        "Revoke the key in Datadog (Organization Settings, API Keys or Application Keys), then give"
            + " it to the agent and clients from a secret store (`DD_API_KEY` from a Kubernetes"
            + " Secret or the CI secret store).",
    references = {"https://docs.datadoghq.com/account_management/api-app-keys/"})
public final class DatadogKeys implements SecretRule {
  // API keys are 32 hexadecimal digits and application keys 40; neither has a prefix, so the name
  // must say Datadog (datadog_api_key, DD_API_KEY, DD_APP_KEY).
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Datadog application key")
              .keywords("datadog", "dd_app", "dd-app")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("datadog|dd[_-]app", "[a-z0-9]{40}")),
          SecretPattern.of("Datadog API key")
              .keywords("datadog", "dd_api", "dd-api")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("datadog|dd[_-]api", "[0-9a-f]{32}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
