package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-030",
    title = "No Shopify access token or app secret is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:shopify-access-token",
      "gitleaks:shopify-custom-access-token",
      "gitleaks:shopify-private-app-access-token",
      "gitleaks:shopify-shared-secret"
    },
    rationale =
        "A Shopify Admin API access token acts on the store within its scopes: orders, customers"
            + " and their addresses, products and prices. An app's shared secret signs the"
            + " webhooks and OAuth exchanges the app trusts. Whoever reads them can read customer"
            + " data or change the store.",
    remediation =
        "Uninstall and reinstall the custom app (or rotate its API secret in the Partner"
            + " Dashboard) so that the token is revoked, then read it from the environment or a"
            + " secret store at run time.",
    references = {
      "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
      "https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing"
    })
public final class ShopifyTokens implements SecretRule {
  // A four-letter kind then 32 hexadecimal digits.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Shopify access token")
              .keywords("shpat_")
              .minEntropy(3)
              .regex("\\b(shpat_[0-9a-fA-F]{32})\\b"),
          SecretPattern.of("Shopify custom app access token")
              .keywords("shpca_")
              .minEntropy(3)
              .regex("\\b(shpca_[0-9a-fA-F]{32})\\b"),
          SecretPattern.of("Shopify private app access token")
              .keywords("shppa_")
              .minEntropy(3)
              .regex("\\b(shppa_[0-9a-fA-F]{32})\\b"),
          SecretPattern.of("Shopify app shared secret")
              .keywords("shpss_")
              .minEntropy(3)
              .regex("\\b(shpss_[0-9a-fA-F]{32})\\b"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
