package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-008",
    title = "No Telegram bot token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:telegram-bot-api-token"},
    rationale =
        "A Telegram bot token controls the bot: whoever holds it reads the messages sent to it,"
            + " posts as it in every chat it belongs to and can change its webhook to capture"
            + " future updates. Anyone who reads the file, its history or a copy of it holds that"
            + " power until the token is revoked.",
    remediation =
        "Revoke the token with @BotFather (/revoke), then read the new one from the environment or"
            + " a secret store instead of the file. Purge it from git history if it was committed.",
    references = {"https://core.telegram.org/bots/api#authorizing-your-bot"})
public final class TelegramBotTokens implements SecretRule {
  // "<bot id>:<35 characters>" where the secret part starts with "A". With no prefix of its own,
  // it counts in the Bot API's URL or next to a key naming Telegram.
  private static final String TOKEN = "[0-9]{5,16}:A[0-9A-Za-z_-]{34}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Telegram bot token")
              .keywords("api.telegram.org/bot")
              .regex(
                  "api\\.telegram\\.org/(?:file/)?bot(?P<secret>"
                      + TOKEN
                      + ")(?:[^0-9A-Za-z_-]|$)"),
          keyed("Telegram bot token", 3, TOKEN, "telegram", "tgbot", "tg_bot", "tg-bot"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
