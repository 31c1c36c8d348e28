package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-018",
    title = "No cryptocurrency exchange API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:coinbase-access-token",
      "gitleaks:bittrex-access-key",
      "gitleaks:bittrex-secret-key",
      "gitleaks:kraken-access-token",
      "gitleaks:kucoin-access-token",
      "gitleaks:kucoin-secret-key"
    },
    rationale =
        "An exchange API key trades, and with withdrawal rights moves, the account's funds; trades"
            + " cannot be reversed. Whoever reads the file, its history or a copy of it holds that"
            + " power until the key is deleted.",
    remediation =
        "Delete the key in the exchange's API management page (Coinbase Developer Platform, Kraken"
            + " Settings > API, KuCoin API Management), review recent orders and withdrawals, and"
            + " make new keys without withdrawal rights and with an IP allowlist; read them from a"
            + " secret store instead of the file. Purge it from git history if it was committed.",
    references = {
      "https://docs.cdp.coinbase.com/get-started/authentication/cdp-api-keys",
      "https://docs.kraken.com/api/docs/guides/spot-rest-auth",
      "https://www.kucoin.com/docs-new/authentication"
    })
public final class CryptoExchangeKeys implements SecretRule {
  // None has a prefix: each counts only next to a key naming its exchange.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          keyed("Coinbase access token", 3, "[0-9A-Za-z_-]{64}", "coinbase"),
          keyed("Bittrex API key or secret", 3, "[0-9A-Za-z]{32}", "bittrex"),
          keyed("Kraken API key or private key", 3, "[0-9A-Za-z/=_+-]{80,90}", "kraken"),
          keyed("KuCoin API key", 3, "[0-9A-Fa-f]{24}", "kucoin"),
          keyed(
              "KuCoin API secret",
              3,
              "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}",
              "kucoin"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
