package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-007",
    title = "No Discord bot token, client secret or webhook URL is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:discord-api-token",
      "gitleaks:discord-client-id",
      "gitleaks:discord-client-secret"
    },
    rationale =
        "A Discord bot token logs in as the bot on every server it has joined, with all its"
            + " permissions; a client secret completes OAuth2 as the application; a webhook URL"
            + " posts into its channel under any name. Whoever reads the file, its history or a"
            + " copy of it holds that access until it is reset.",
    remediation =
        "Reset the bot token or client secret in the Discord Developer Portal (the application's"
            + " Bot and OAuth2 pages) and delete leaked webhooks in the channel's Integrations, then"
            + " read them from the environment or a secret store instead of the file. Purge it from"
            + " git history if it was committed.",
    references = {
      "https://discord.com/developers/docs/reference#authentication",
      "https://discord.com/developers/docs/resources/webhook"
    })
public final class DiscordTokens implements SecretRule {
  // Bot tokens and client secrets carry no prefix of their own: they count next to "discord".
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Discord webhook URL")
              .keywords("discord.com/api/webhooks/", "discordapp.com/api/webhooks/")
              .minEntropy(3)
              .regex(
                  "discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/(?P<secret>[0-9A-Za-z_-]{60,70})"
                      + ProviderPatterns.END),
          keyed(
              "Discord bot token",
              3,
              "[MNO][0-9A-Za-z_-]{23,27}\\.[0-9A-Za-z_-]{6}\\.[0-9A-Za-z_-]{27,40}",
              "discord"),
          keyed("Discord application public key or token", 3, "[0-9a-f]{64}", "discord"),
          keyed("Discord client id", 2, "[0-9]{17,19}", "discord"),
          keyed("Discord client secret", 2, "[0-9A-Za-z=_-]{32}", "discord"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
