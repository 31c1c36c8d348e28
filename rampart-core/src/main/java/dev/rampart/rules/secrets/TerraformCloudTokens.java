package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-034",
    title = "No Terraform Cloud API token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:hashicorp-tf-api-token"},
    rationale =
        "A Terraform Cloud (HCP Terraform) or Terraform Enterprise API token queues runs and reads"
            + " state and variables as its user, team or organisation: state holds every output"
            + " and often database passwords and cloud credentials.",
    remediation =
        "Revoke the token in HCP Terraform (User, Team or Organization settings, Tokens), then keep"
            + " it in the CLI credentials file outside the repository or in the CI secret store as"
            + " `TF_TOKEN_app_terraform_io`.",
    references = {
      "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
      "https://developer.hashicorp.com/terraform/cli/config/config-file#environment-variable-credentials"
    })
public final class TerraformCloudTokens implements SecretRule {
  // 14 characters, ".atlasv1.", then 60 or more base64url characters.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Terraform Cloud API token")
              .keywords(".atlasv1.")
              .minEntropy(3.5)
              .regex("\\b([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,90})"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
