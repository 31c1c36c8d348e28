package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-022",
    title = "No RubyGems API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:rubygems-api-token"},
    rationale =
        "A RubyGems API key pushes and yanks gems as its owner, within its scopes: whoever reads"
            + " it can publish a malicious version of the owner's gems.",
    remediation =
        "Delete the key at rubygems.org (Settings, API keys), then publish with trusted publishing"
            + " or keep the key in the CI secret store as `GEM_HOST_API_KEY`, never in"
            + " `~/.gem/credentials` copied into the repository.",
    references = {
      "https://guides.rubygems.org/api-key-scopes/",
      "https://guides.rubygems.org/trusted-publishing/"
    })
public final class RubyGemsTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("RubyGems API key")
              .keywords("rubygems_")
              .minEntropy(3)
              .regex("\\b(rubygems_[0-9a-f]{48})\\b"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
