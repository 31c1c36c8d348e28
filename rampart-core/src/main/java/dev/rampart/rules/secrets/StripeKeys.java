package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-010",
    title = "No Stripe secret or restricted key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:stripe-access-token"},
    rationale =
        "A Stripe secret key makes any API call on the account: it can read customers and payment"
            + " methods, create charges and refunds and move payouts. A restricted key does what its"
            + " permissions allow. Test-mode keys reach only test data, but expose the account's"
            + " configuration and are reported too. Whoever reads the file, its history or a copy"
            + " of it holds that access until the key is rolled.",
    remediation =
        "Roll the key in the Stripe Dashboard (Developers > API keys > Roll key), then read it from"
            + " the environment or a secret store instead of the file; only publishable keys"
            + " (the pk_ ones) belong in client code. Purge it from git history if it was"
            + " committed.",
    references = {"https://docs.stripe.com/keys", "https://docs.stripe.com/keys-best-practices"})
public final class StripeKeys implements SecretRule {
  // sk_ (secret) or rk_ (restricted), the mode, then a base62 body; publishable pk_ keys are
  // public.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Stripe live secret key")
              .keywords("sk_live_", "sk_prod_")
              .minEntropy(3)
              .regex("\\b(?P<secret>sk_(?:live|prod)_[0-9A-Za-z]{10,247})" + ProviderPatterns.END),
          SecretPattern.of("Stripe restricted key")
              .keywords("rk_live_", "rk_prod_", "rk_test_")
              .minEntropy(3)
              .regex(
                  "\\b(?P<secret>rk_(?:live|prod|test)_[0-9A-Za-z]{10,247})"
                      + ProviderPatterns.END),
          prefixed("Stripe test-mode secret key", 3, "sk_test_", "[0-9A-Za-z]{10,247}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
