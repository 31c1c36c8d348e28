package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-157",
    title = "No SaaS application API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:mapbox-api-token",
      "gitleaks:maxmind-license-key",
      "gitleaks:notion-api-token",
      "gitleaks:nytimes-access-token",
      "gitleaks:privateai-api-token",
      "gitleaks:squarespace-access-token",
      "gitleaks:typeform-api-token",
      "gitleaks:zendesk-secret-key"
    },
    rationale =
        "A key of a SaaS application (Mapbox, MaxMind, Notion, The New York Times, Private AI,"
            + " Squarespace, Typeform, Zendesk) reads or changes the account's data, its pages,"
            + " form responses or support tickets, or spends its paid quota: whoever reads it"
            + " does so as the company.",
    remediation =
        "Revoke the key in the application's account or developer settings, create one with the"
            + " least scope, and read it from the environment or a secret store.",
    references = {
      "https://docs.mapbox.com/accounts/guides/tokens/",
      "https://dev.maxmind.com/license-key-format/",
      "https://developers.notion.com/docs/authorization",
      "https://developer.nytimes.com/get-started",
      "https://developers.squarespace.com/commerce-apis/authentication-and-permissions",
      "https://www.typeform.com/developers/get-started/personal-access-token/",
      "https://developer.zendesk.com/api-reference/introduction/security-and-auth/"
    })
public final class SaasAppTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // MaxMind: 6 characters, "_", 29 characters, "_mmk".
          SecretPattern.of("MaxMind license key")
              .keywords("_mmk")
              .minEntropy(4)
              .regex("\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\\b"),
          // Notion: "ntn_", 11 digits, then 35 base62 characters.
          SecretPattern.of("Notion integration token")
              .keywords("ntn_")
              .minEntropy(4)
              .regex("\\b(ntn_[0-9]{11}[A-Za-z0-9]{35})\\b"),
          SecretPattern.of("Typeform personal access token")
              .keywords("tfp_")
              .minEntropy(3)
              .regex("\\b(tfp_[A-Za-z0-9_.=-]{59})(?:[^A-Za-z0-9_.=-]|$)"),
          // Secret tokens start "sk."; public ones ("pk.") also appear in gitleaks' rule, and
          // are reported when a name says Mapbox.
          SecretPattern.of("Mapbox secret access token")
              .keywords("sk.ey")
              .minEntropy(3.5)
              .regex("\\b(sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,})\\b"),
          SecretPattern.of("Mapbox access token")
              .keywords("mapbox")
              .minEntropy(3.5)
              .reach(Assigned.REACH)
              .regex(Assigned.to("mapbox", "pk\\.[A-Za-z0-9]{60}\\.[A-Za-z0-9]{22}")),
          SecretPattern.of("New York Times API key")
              .keywords("nytimes", "new-york-times", "newyorktimes")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("nytimes|new-york-times|newyorktimes", "[A-Za-z0-9=_-]{32}")),
          SecretPattern.of("Private AI API key")
              .keywords("privateai", "private_ai", "private-ai")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("private[_-]?ai", "[A-Za-z0-9]{32}")),
          SecretPattern.of("Squarespace API key")
              .keywords("squarespace")
              .reach(Assigned.REACH)
              .regex(Assigned.to("squarespace", Assigned.UUID)),
          SecretPattern.of("Zendesk API token")
              .keywords("zendesk")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("zendesk", "[A-Za-z0-9]{40}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
