package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-012",
    title = "No Anthropic API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:anthropic-api-key"},
    rationale =
        "An Anthropic API key calls Claude models for its workspace and bills the organisation."
            + " Whoever reads the file, its history or a copy of it can use it until the key is"
            + " disabled.",
    remediation =
        "Disable and delete the key in the Claude Console (Settings > API keys), check"
            + " usage for abuse, then read it from the environment (ANTHROPIC_API_KEY) or a secret"
            + " store instead of the file. Purge it from git history if it was committed.",
    references = {
      "https://docs.anthropic.com/en/api/overview#authentication",
      "https://docs.anthropic.com/en/api/getting-started"
    })
public final class AnthropicKeys implements SecretRule {
  // sk-ant-api03-, 93 base64url characters, then "AA".
  private static final String BODY = "[0-9A-Za-z_-]{93}AA";

  private static final List<SecretPattern> PATTERNS =
      List.of(prefixed("Anthropic API key", 3, "sk-ant-api03-", BODY));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
