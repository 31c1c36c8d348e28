package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-155",
    title = "No X (Twitter) or Twitch API credential is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:twitter-access-secret",
      "gitleaks:twitter-access-token",
      "gitleaks:twitter-api-key",
      "gitleaks:twitter-api-secret",
      "gitleaks:twitter-bearer-token",
      "gitleaks:twitch-api-token"
    },
    rationale =
        "X (Twitter) API keys, access tokens and bearer tokens, and Twitch client secrets and"
            + " tokens, post, read direct messages or act on the channel as the company's account:"
            + " whoever reads them can speak for the brand or take over its integration.",
    remediation =
        "Regenerate the keys and tokens in the X Developer Portal (the app's Keys and tokens) or"
            + " the Twitch developer console, then read them from the environment or a secret"
            + " store.",
    references = {
      "https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret",
      "https://dev.twitch.tv/docs/authentication/"
    })
public final class SocialMediaTokens implements SecretRule {
  // None of these has a prefix (a bearer token only its run of "A"s), so the name must say which
  // service; the lengths tell the kinds apart.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("X (Twitter) bearer token")
              .keywords("twitter")
              .reach(Assigned.REACH)
              .regex(Assigned.to("twitter", "A{22}[A-Za-z0-9%]{80,100}")),
          SecretPattern.of("X (Twitter) access token")
              .keywords("twitter")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("twitter", "[0-9]{15,25}-[A-Za-z0-9]{20,40}")),
          SecretPattern.of("X (Twitter) API key or secret")
              .keywords("twitter")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("twitter", "[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{25}")),
          SecretPattern.of("Twitch API token")
              .keywords("twitch")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("twitch", "[A-Za-z0-9]{30}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
