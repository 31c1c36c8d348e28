package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-033",
    title = "No HashiCorp Vault token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:vault-service-token", "gitleaks:vault-batch-token"},
    rationale =
        "A Vault token reads every secret its policies allow until it expires: database"
            + " credentials, cloud keys and certificates. A root or long-lived token in the"
            + " repository hands all of them to whoever reads it.",
    remediation =
        "Revoke the token (`vault token revoke`, or `vault token revoke -accessor`), then have the"
            + " workload authenticate itself (Kubernetes, AppRole or cloud IAM auth, or the Vault"
            + " Agent) instead of carrying a token.",
    references = {
      "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
      "https://developer.hashicorp.com/vault/docs/auth"
    })
public final class VaultTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Vault service token")
              .keywords("hvs.")
              .minEntropy(3.5)
              .regex("\\b(hvs\\.[A-Za-z0-9_-]{90,200})(?:[^A-Za-z0-9_-]|$)"),
          SecretPattern.of("Vault batch token")
              .keywords("hvb.")
              .minEntropy(3.5)
              .regex("\\b(hvb\\.[A-Za-z0-9_-]{130,300})(?:[^A-Za-z0-9_-]|$)"),
          SecretPattern.of("Vault recovery token")
              .keywords("hvr.")
              .minEntropy(3.5)
              .regex("\\b(hvr\\.[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)"),
          // Before Vault 1.10: "s." then 24 base62 characters, too short a prefix to stand alone,
          // so the name must say Vault.
          SecretPattern.of("Vault service token (legacy)")
              .keywords("vault")
              .minEntropy(3.5)
              .reach(Assigned.REACH)
              .accept(VaultTokens::isMixed)
              .regex(Assigned.to("vault", "s\\.[A-Za-z0-9]{24}")));

  // A real token mixes cases and digits; s.AcceptanceTimeout... is a field, not a token.
  private static boolean isMixed(String token) {
    String body = token.substring(2);
    return body.chars().anyMatch(Character::isUpperCase)
        && body.chars().anyMatch(Character::isLowerCase)
        && body.chars().anyMatch(Character::isDigit);
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
