package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-104",
    title = "No Cloudflare API token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:cloudflare-api-key"},
    rationale =
        "A Cloudflare API token acts on the zones and accounts it is scoped to: it can change DNS"
            + " records, purge caches, rewrite Workers and firewall rules, and so redirect or read"
            + " the sites behind them. Whoever reads the file, its history or a copy of it holds"
            + " that power until the token is revoked.",
    remediation =
        "Roll or delete the token in the Cloudflare dashboard (My Profile > API Tokens), check the"
            + " audit log, then read the new value from the environment or a secret store instead of the file."
            + " Purge it from git history if it was committed.",
    references = {"https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"})
public final class CloudflareApiTokens implements SecretRule {
  // 40 characters with no prefix: only next to a key naming Cloudflare.
  private static final List<SecretPattern> PATTERNS =
      List.of(keyed("Cloudflare API token", 3, "[0-9A-Za-z_-]{40}", "cloudflare"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
