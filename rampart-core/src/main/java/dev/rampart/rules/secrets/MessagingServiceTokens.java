package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-151",
    title = "No email, chat or messaging service key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:mailchimp-api-key",
      "gitleaks:messagebird-api-token",
      "gitleaks:messagebird-client-id",
      "gitleaks:sendbird-access-id",
      "gitleaks:sendbird-access-token",
      "gitleaks:sendinblue-api-token",
      "gitleaks:mattermost-access-token"
    },
    rationale =
        "A key of Mailchimp, Brevo (Sendinblue), MessageBird (Bird), Sendbird or Mattermost sends"
            + " mail, SMS or chat messages as the company and reads its audiences and"
            + " conversations: whoever reads it can phish the company's own customers from"
            + " trusted senders, or export their contact data.",
    remediation =
        "Revoke the key in the provider's console (Mailchimp Account, Extras, API keys; Brevo SMTP"
            + " & API; Bird access keys; Sendbird Settings, General, API tokens; Mattermost"
            + " Profile, Security, Personal access tokens), then read it from the environment or a"
            + " secret store.",
    references = {
      "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key",
      "https://developers.brevo.com/docs/getting-started",
      "https://docs.bird.com/api",
      "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api",
      "https://developers.mattermost.com/integrate/reference/personal-access-token/"
    })
public final class MessagingServiceTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // Brevo: xkeysib- then 64 hex digits, a dash and 16 characters.
          SecretPattern.of("Brevo (Sendinblue) API key")
              .keywords("xkeysib-")
              .minEntropy(3)
              .regex("\\b(xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})\\b"),
          // Mailchimp: 32 hex digits and the data centre, -us1 to -us21.
          SecretPattern.of("Mailchimp API key")
              .keywords("mailchimp")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("mailchimp", "[0-9a-f]{32}-us[0-9]{1,2}")),
          SecretPattern.of("MessageBird API key")
              .keywords("messagebird", "message_bird", "message-bird")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("message[_-]?bird", "[A-Za-z0-9]{25}")),
          SecretPattern.of("MessageBird client id")
              .keywords("messagebird", "message_bird", "message-bird")
              .reach(Assigned.REACH)
              .regex(Assigned.to("message[_-]?bird", Assigned.UUID)),
          SecretPattern.of("Sendbird API token")
              .keywords("sendbird")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("sendbird", "[0-9a-f]{40}")),
          SecretPattern.of("Sendbird application id")
              .keywords("sendbird")
              .reach(Assigned.REACH)
              .regex(Assigned.to("sendbird", Assigned.UUID)),
          SecretPattern.of("Mattermost personal access token")
              .keywords("mattermost")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("mattermost", "[A-Za-z0-9]{26}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
