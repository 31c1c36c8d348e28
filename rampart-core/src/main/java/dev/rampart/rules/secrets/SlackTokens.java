package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-006",
    title = "No Slack token or incoming webhook URL is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:slack-bot-token",
      "gitleaks:slack-user-token",
      "gitleaks:slack-app-token",
      "gitleaks:slack-config-access-token",
      "gitleaks:slack-config-refresh-token",
      "gitleaks:slack-legacy-bot-token",
      "gitleaks:slack-legacy-token",
      "gitleaks:slack-legacy-workspace-token",
      "gitleaks:slack-webhook-url"
    },
    rationale =
        "A Slack token reads and posts in the workspace with its scopes: a user token sees what its"
            + " user sees, a bot token reads the channels it is in, a configuration token creates"
            + " apps. A webhook URL lets anyone post as the app into its channel, a ready tool for"
            + " phishing colleagues. Whoever reads the file, its history or a copy of it holds that"
            + " access until the token is revoked.",
    remediation =
        "Revoke the token or webhook in the app's settings at api.slack.com/apps (OAuth &"
            + " Permissions > Revoke, Incoming Webhooks > Remove), or call auth.revoke, then read it"
            + " from the environment or a secret store instead of the file. Purge it from git"
            + " history if it was committed.",
    references = {
      "https://api.slack.com/concepts/token-types",
      "https://api.slack.com/authentication/config-tokens",
      "https://api.slack.com/messaging/webhooks"
    })
public final class SlackTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // xoxb-<team id>-<bot id>-<secret>; older bot tokens have one number only.
          prefixed(
              "Slack bot token", 3, "xoxb-", "[0-9]{8,14}-(?:[0-9]{8,14}-)?[0-9A-Za-z]{18,34}"),
          // xoxp-<team>-<user>-<app>-<32 hex>; xoxe- is the rotating kind.
          SecretPattern.of("Slack user token")
              .keywords("xoxp-", "xoxe-")
              .minEntropy(3)
              .regex(
                  "(?:^|[^0-9A-Za-z])(?P<secret>xox[pe](?:-[0-9]{10,13}){3}-[0-9A-Za-z]{28,34})"
                      + ProviderPatterns.END),
          prefixed(
              "Slack app-level token",
              3,
              "xapp-",
              "[0-9]-[0-9A-Z]{8,14}-[0-9]{10,14}-[0-9A-Za-z]{32,}"),
          SecretPattern.of("Slack configuration access token")
              .keywords("xoxe.xoxb-", "xoxe.xoxp-")
              .minEntropy(3)
              .regex(
                  "(?P<secret>xoxe\\.xox[bp]-[0-9]-[0-9A-Za-z]{160,170})" + ProviderPatterns.END),
          prefixed("Slack configuration refresh token", 3, "xoxe-", "[0-9]-[0-9A-Za-z]{140,150}"),
          SecretPattern.of("Slack legacy token")
              .keywords("xoxo-", "xoxs-")
              .minEntropy(2.5)
              .regex(
                  "(?:^|[^0-9A-Za-z])(?P<secret>xox[os]-[0-9]+-[0-9]+-[0-9]+-[0-9A-Fa-f]{10,})"
                      + ProviderPatterns.END),
          SecretPattern.of("Slack legacy workspace token")
              .keywords("xoxa-", "xoxr-")
              .minEntropy(2.5)
              .regex(
                  "(?:^|[^0-9A-Za-z])(?P<secret>xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]+)*)"
                      + ProviderPatterns.END),
          SecretPattern.of("Slack webhook URL")
              .keywords("hooks.slack.com/")
              .regex(
                  "(?P<secret>hooks\\.slack\\.com/(?:services|workflows|triggers)/[0-9A-Za-z+/]{43,70})"
                      + "(?:[^0-9A-Za-z+/]|$)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
