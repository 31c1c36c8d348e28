package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-019",
    title = "No Anthropic Admin API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:anthropic-admin-api-key"},
    rationale =
        "An Anthropic Admin API key manages the organisation: it invites and removes members, creates"
            + " workspaces and makes or disables API keys, so its holder can mint keys of their"
            + " own. Whoever reads the file, its history or a copy of it holds that power until"
            + " the key is deleted.",
    remediation =
        "Delete the key in the Claude Console (Settings > Admin keys), review the organisation's"
            + " members and API keys for changes, then keep admin keys out of application code"
            + " entirely: read one from a secret store only where administration runs. Purge it"
            + " from git history if it was committed.",
    references = {"https://docs.anthropic.com/en/api/administration-api"})
public final class AnthropicAdminKeys implements SecretRule {
  // sk-ant-admin01-, 93 base64url characters, then "AA".
  private static final List<SecretPattern> PATTERNS =
      List.of(prefixed("Anthropic Admin API key", 3, "sk-ant-admin01-", "[0-9A-Za-z_-]{93}AA"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
