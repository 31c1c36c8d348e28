package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-152",
    title = "No New Relic or Sumo Logic key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:new-relic-browser-api-token",
      "gitleaks:new-relic-insert-key",
      "gitleaks:new-relic-user-api-id",
      "gitleaks:new-relic-user-api-key",
      "gitleaks:sumologic-access-id",
      "gitleaks:sumologic-access-token"
    },
    rationale =
        "A New Relic user key or a Sumo Logic access key queries everything the account collects:"
            + " logs carry request data, tokens and personal data. Insert and ingest keys let"
            + " anyone write false telemetry or run up ingest costs.",
    remediation =
        "Delete the key (New Relic: API keys in the user menu; Sumo Logic: Administration,"
            + " Security, Access Keys), then give the agent and the clients a new one from a secret"
            + " store (`NEW_RELIC_LICENSE_KEY`, `SUMO_ACCESS_KEY` from a Kubernetes Secret).",
    references = {
      "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
      "https://help.sumologic.com/docs/manage/security/access-keys/"
    })
public final class ObservabilityTokens implements SecretRule {
  private static final String NEW_RELIC = "new[_-]?relic";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("New Relic user API key")
              .keywords("nrak-")
              .minEntropy(3)
              .regex("\\b(NRAK-[A-Za-z0-9]{27})\\b"),
          SecretPattern.of("New Relic insert key")
              .keywords("nrii-")
              .minEntropy(3)
              .regex("\\b(NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)"),
          SecretPattern.of("New Relic browser API token")
              .keywords("nrjs-")
              .minEntropy(3)
              .regex("\\b(NRJS-[0-9a-f]{19})\\b"),
          SecretPattern.of("New Relic API key")
              .keywords("newrelic", "new_relic", "new-relic")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to(NEW_RELIC, "[A-Za-z0-9]{64}|[0-9a-fA-F]{40}")),
          // Sumo Logic access ids: "su" then 12 characters; keys: 64. The name must say Sumo, in
          // one of its usual cases (so that "sumOfValues" is not "Sumo").
          SecretPattern.of("Sumo Logic access id")
              .keywords("sumo")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.toExactly("[Ss]umo|SUMO", "su[A-Za-z0-9]{12}")),
          SecretPattern.of("Sumo Logic access key")
              .keywords("sumo")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.toExactly("[Ss]umo|SUMO", "[A-Za-z0-9]{64}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
