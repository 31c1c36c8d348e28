package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-016",
    title = "No Perplexity API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:perplexity-api-key"},
    rationale =
        "A Perplexity API key runs Sonar searches and completions on the account and bills its"
            + " credits. Whoever reads the file, its history or a copy of it can use it until the"
            + " key is revoked.",
    remediation =
        "Delete the key in Perplexity's API settings (perplexity.ai/settings/api), then read a new"
            + " one from the environment (PERPLEXITY_API_KEY) or a secret store instead of the"
            + " file. Purge it from git history if it was committed.",
    references = {"https://docs.perplexity.ai/guides/getting-started"})
public final class PerplexityKeys implements SecretRule {
  // pplx- and 48 base62 characters.
  private static final List<SecretPattern> PATTERNS =
      List.of(prefixed("Perplexity API key", 3.5, "pplx-", "[0-9A-Za-z]{48}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
