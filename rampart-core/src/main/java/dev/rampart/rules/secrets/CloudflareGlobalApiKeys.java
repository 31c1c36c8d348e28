package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-105",
    title = "No Cloudflare global API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:cloudflare-global-api-key"},
    rationale =
        "The global API key has every permission of its user on every account and zone they can"
            + " reach, with no scoping and no expiry. Whoever reads the file, its history or a"
            + " copy of it holds that power until the key is changed.",
    remediation =
        "Change the key in the Cloudflare dashboard (My Profile > API Tokens > Global API Key >"
            + " Change), move the integration to a scoped API token, then read the new value from the environment or a secret store instead of the file."
            + " Purge it from git history if it was committed.",
    references = {"https://developers.cloudflare.com/fundamentals/api/get-started/keys/"})
public final class CloudflareGlobalApiKeys implements SecretRule {
  // 37 hexadecimal characters with no prefix: only next to a key naming Cloudflare.
  private static final List<SecretPattern> PATTERNS =
      List.of(keyed("Cloudflare global API key", 3, "[0-9a-f]{37}", "cloudflare"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
