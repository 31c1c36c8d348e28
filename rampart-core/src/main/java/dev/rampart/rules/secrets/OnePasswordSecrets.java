package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-035",
    title = "No 1Password service account token or Secret Key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:1password-secret-key", "gitleaks:1password-service-account-token"},
    rationale =
        "A 1Password service account token reads every vault the service account was given; an"
            + " account's Secret Key is half of what unlocks the whole account, so with the account"
            + " password (often kept nearby) it opens every vault of its owner.",
    remediation =
        "Revoke the service account token in 1Password (Developer, Service Accounts) and give a new"
            + " one to the workload from the CI or platform secret store as"
            + " `OP_SERVICE_ACCOUNT_TOKEN`. For a Secret Key, regenerate it in the account"
            + " settings and reset the account password.",
    references = {
      "https://developer.1password.com/docs/service-accounts/",
      "https://support.1password.com/secret-key/"
    })
public final class OnePasswordSecrets implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // ops_ then base64 of a JSON object (signInAddress, userAuth, ...).
          SecretPattern.of("1Password service account token")
              .keywords("ops_eyj")
              .minEntropy(4)
              .regex("\\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})"),
          // A3-, then the account id, then the secret in groups of five, upper case.
          SecretPattern.of("1Password Secret Key")
              .keywords("a3-")
              .minEntropy(3.5)
              .regex(
                  "\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})"
                      + "-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
