package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-027",
    title = "No Mailgun API or webhook signing key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:mailgun-private-api-token",
      "gitleaks:mailgun-pub-key",
      "gitleaks:mailgun-signing-key"
    },
    rationale =
        "A Mailgun private API key sends mail from the account's domains and reads its logs and"
            + " lists; its webhook signing key lets anyone forge webhook events the application"
            + " trusts. Whoever reads either can send mail as the company or feed it false events.",
    remediation =
        "Rotate the key in Mailgun (API Security, or Webhooks for the signing key), then read it"
            + " from the environment (`MAILGUN_API_KEY`) or a secret store.",
    references = {
      "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key",
      "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks"
    })
public final class MailgunKeys implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // The public validation key has a prefix of its own; the private key's "key-" is too
          // common a literal to look for alone, so it needs the provider's name.
          SecretPattern.of("Mailgun public validation key")
              .keywords("pubkey-")
              .minEntropy(3)
              .regex("\\b(pubkey-[0-9a-f]{32})\\b"),
          SecretPattern.of("Mailgun private API key")
              .keywords("mailgun")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("mailgun", "key-[0-9a-f]{32}")),
          SecretPattern.of("Mailgun webhook signing key")
              .keywords("mailgun")
              .minEntropy(2.5)
              .reach(Assigned.REACH)
              .regex(Assigned.to("mailgun", "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
