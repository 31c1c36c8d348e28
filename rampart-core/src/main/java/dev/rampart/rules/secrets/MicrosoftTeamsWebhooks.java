package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-009",
    title = "No Microsoft Teams incoming webhook URL is written into the repository",
    severity = Severity.MEDIUM,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:microsoft-teams-webhook"},
    rationale =
        "An incoming webhook URL is its own credential: anyone who has it can post cards into the"
            + " channel under the connector's name, a ready tool for phishing colleagues. Whoever"
            + " reads the file, its history or a copy of it can do so until the webhook is removed.",
    remediation =
        "Remove the Incoming Webhook connector (or the Workflows webhook) from the channel and make"
            + " a new one, then read its URL from the environment or a secret store instead of the"
            + " file. Purge it from git history if it was committed.",
    references = {
      "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"
    })
public final class MicrosoftTeamsWebhooks implements SecretRule {
  // <tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32>/<connector id>
  private static final String GUID = "[0-9A-Za-z]{8}-(?:[0-9A-Za-z]{4}-){3}[0-9A-Za-z]{12}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Microsoft Teams incoming webhook URL")
              .keywords(".webhook.office.com/webhookb2/", "outlook.office.com/webhook/")
              .minEntropy(3)
              .regex(
                  "(?P<secret>(?:[0-9A-Za-z-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/"
                      + GUID
                      + "@"
                      + GUID
                      + "/IncomingWebhook/[0-9A-Za-z]{32}/"
                      + GUID
                      + "(?:/[0-9A-Za-z_-]+)?)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
