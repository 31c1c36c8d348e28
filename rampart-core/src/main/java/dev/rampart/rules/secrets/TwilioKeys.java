package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-025",
    title = "No Twilio API key or auth token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:twilio-api-key"},
    rationale =
        "A Twilio API key secret or account auth token sends messages and places calls billed to"
            + " the account, and reads its message logs and phone numbers: whoever reads it can run"
            + " up charges, send phishing from the company's numbers and read customers' messages.",
    remediation =
        "Delete the API key (or rotate the auth token) in the Twilio Console, then read it from the"
            + " environment (`TWILIO_API_SECRET`) or a secret store at run time.",
    references = {
      "https://www.twilio.com/docs/iam/api-keys",
      "https://www.twilio.com/docs/glossary/what-is-a-sid"
    })
public final class TwilioKeys implements SecretRule {
  // An API key SID is "SK" then 32 hexadecimal digits. The keywords are "sk" and the first digit,
  // as no longer literal is common to every key.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Twilio API key")
              .keywords(
                  "sk0", "sk1", "sk2", "sk3", "sk4", "sk5", "sk6", "sk7", "sk8", "sk9", "ska",
                  "skb", "skc", "skd", "ske", "skf")
              .minEntropy(3)
              .regex("\\b(SK[0-9a-fA-F]{32})\\b"),
          SecretPattern.of("Twilio auth token")
              .keywords("twilio")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("twilio[\\w.-]{0,20}?(?:auth|secret|token)", "[0-9a-f]{32}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
