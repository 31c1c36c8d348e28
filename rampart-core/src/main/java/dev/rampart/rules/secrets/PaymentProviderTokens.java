package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-017",
    title = "No payment, banking or shipping API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:square-access-token",
      "gitleaks:gocardless-api-token",
      "gitleaks:flutterwave-secret-key",
      "gitleaks:flutterwave-encryption-key",
      "gitleaks:plaid-api-token",
      "gitleaks:plaid-client-id",
      "gitleaks:plaid-secret-key",
      "gitleaks:shippo-api-token",
      "gitleaks:finicity-api-token",
      "gitleaks:finicity-client-secret",
      "gitleaks:freshbooks-access-token"
    },
    rationale =
        "Payment and banking APIs move money and expose financial data: a Square or GoCardless"
            + " token takes payments and issues refunds, a Flutterwave secret key initiates"
            + " transfers, a Plaid or Finicity credential reads bank accounts and transactions, a"
            + " Shippo key buys postage on the account. Whoever reads the file, its history or a"
            + " copy of it holds that access until the key is revoked.",
    remediation =
        "Revoke or roll the key in the provider's dashboard (Square Developer Dashboard, GoCardless"
            + " Developers > Access tokens, Flutterwave Settings > API, Plaid Team Settings > Keys,"
            + " Finicity developer portal, Shippo API settings, FreshBooks app settings), review"
            + " recent activity, then read it from the environment or a secret store instead of"
            + " the file. Purge it from git history if it was committed.",
    references = {
      "https://developer.squareup.com/docs/build-basics/access-tokens",
      "https://developer.gocardless.com/getting-started/api/making-your-first-request",
      "https://developer.flutterwave.com/docs/authentication",
      "https://plaid.com/docs/quickstart/glossary/",
      "https://docs.goshippo.com/docs/guides_general/authentication/"
    })
public final class PaymentProviderTokens implements SecretRule {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // Square: production access tokens start EAAA, older ones sq0atp-; OAuth secrets sq0csp-.
          prefixed("Square access token", 3, "EAAA", "[0-9A-Za-z_-]{22,60}"),
          prefixed("Square access token", 3, "sq0atp-", "[0-9A-Za-z_-]{22,60}"),
          prefixed("Square OAuth application secret", 3, "sq0csp-", "[0-9A-Za-z_-]{43}"),
          keyed("GoCardless access token", 3, "(?:live|sandbox)_[0-9A-Za-z_=-]{40}", "gocardless"),
          // Flutterwave: FLWSECK- (live) or FLWSECK_TEST- secret keys ending -X, and the 12-hex
          // encryption key. Public FLWPUBK keys go in client code and are not reported.
          SecretPattern.of("Flutterwave secret key")
              .keywords("flwseck")
              .minEntropy(2.5)
              .regex("\\b(?P<secret>FLWSECK(?:_TEST)?-[0-9A-Ha-h]{32}-X)" + ProviderPatterns.END),
          SecretPattern.of("Flutterwave encryption key")
              .keywords("flwseck")
              .minEntropy(2.5)
              .regex("\\b(?P<secret>FLWSECK(?:_TEST)?-?[0-9A-Ha-h]{12})" + ProviderPatterns.END),
          keyed(
              "Plaid access token",
              3,
              "access-(?:sandbox|development|production)-" + UUID,
              "plaid"),
          keyed("Plaid client id", 3.5, "[0-9A-Za-z]{24}", "plaid"),
          keyed("Plaid secret", 3.5, "[0-9A-Za-z]{30}", "plaid"),
          prefixed("Shippo API token", 3, "shippo_live_", "[0-9A-Fa-f]{40}"),
          prefixed("Shippo test API token", 3, "shippo_test_", "[0-9A-Fa-f]{40}"),
          keyed("Finicity app key", 3, "[0-9A-Fa-f]{32}", "finicity"),
          keyed("Finicity partner secret", 3, "[0-9A-Za-z]{20}", "finicity"),
          keyed("FreshBooks access token", 3, "[0-9A-Za-z]{64}", "freshbooks"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
