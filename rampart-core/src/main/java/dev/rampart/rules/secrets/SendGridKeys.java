package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-026",
    title = "No SendGrid API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:sendgrid-api-token"},
    rationale =
        "A SendGrid API key sends mail from the account's verified domains and, with full access,"
            + " reads contacts and changes settings: whoever reads it can send phishing that passes"
            + " SPF and DKIM as the company.",
    remediation =
        "Delete the key in SendGrid (Settings, API Keys), create one with only the scopes needed,"
            + " and read it from the environment (`SENDGRID_API_KEY`) or a secret store.",
    references = {"https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"})
public final class SendGridKeys implements SecretRule {
  // "SG." then a 22-character key id, a dot and a 43-character secret, all base64url.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("SendGrid API key")
              .keywords("sg.")
              .minEntropy(3)
              .regex(
                  "\\b(SG\\.[A-Za-z0-9_-]{16,32}\\.?[A-Za-z0-9_-]{30,50})(?:[^A-Za-z0-9_.-]|$)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
