package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-013",
    title = "No Hugging Face access token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:huggingface-access-token", "gitleaks:huggingface-organization-api-token"},
    rationale =
        "A Hugging Face token reads, and with write scope pushes to, every model, dataset and Space"
            + " its user or organisation can reach, private ones included, and can run paid"
            + " inference. Whoever reads the file, its history or a copy of it holds that access"
            + " until the token is invalidated.",
    remediation =
        "Invalidate the token at huggingface.co/settings/tokens (Manage > Invalidate and refresh),"
            + " then read it from the environment (HF_TOKEN) or a secret store instead of the file."
            + " Purge it from git history if it was committed.",
    references = {"https://huggingface.co/docs/hub/security-tokens"})
public final class HuggingFaceTokens implements SecretRule {
  // hf_ and 34 letters; organisation tokens of the old API: api_org_ and 34 letters.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          prefixed("Hugging Face access token", 3, "hf_", "[A-Za-z]{34}"),
          prefixed("Hugging Face organization API token", 3, "api_org_", "[A-Za-z]{34}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
