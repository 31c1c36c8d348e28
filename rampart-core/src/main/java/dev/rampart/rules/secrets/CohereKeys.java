package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-014",
    title = "No Cohere API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:cohere-api-token"},
    rationale =
        "A Cohere API key calls every Cohere model for its account and bills it; trial and"
            + " production keys alike. Whoever reads the file, its history or a copy of it can use"
            + " it until the key is deleted.",
    remediation =
        "Delete the key at dashboard.cohere.com/api-keys and make a new one, then read it from the"
            + " environment (CO_API_KEY) or a secret store instead of the file. Purge it from git"
            + " history if it was committed.",
    references = {"https://docs.cohere.com/reference/about"})
public final class CohereKeys implements SecretRule {
  // 40 base62 characters with no prefix: only next to a key naming Cohere.
  private static final List<SecretPattern> PATTERNS =
      List.of(keyed("Cohere API key", 4, "[0-9A-Za-z]{40}", "cohere", "co_api_key"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
