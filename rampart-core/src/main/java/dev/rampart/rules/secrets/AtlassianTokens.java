package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-031",
    title = "No Atlassian API token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:atlassian-api-token"},
    rationale =
        "An Atlassian API token signs in to Jira, Confluence and the other Atlassian Cloud products"
            + " as its owner, with every permission the owner has: whoever reads it can read and"
            + " change their issues and pages.",
    remediation =
        "Revoke the token at id.atlassian.com (Security, API tokens), then read it from the"
            + " environment or a secret store (`JIRA_API_TOKEN` from the CI secret store).",
    references = {
      "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"
    })
public final class AtlassianTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // Current tokens: ATATT3 then base64url, the last eight characters a checksum.
          SecretPattern.of("Atlassian API token")
              .keywords("atatt3")
              .minEntropy(3.5)
              .regex("\\b(ATATT3[A-Za-z0-9_=-]{150,250})(?:[^A-Za-z0-9_=-]|$)"),
          // Older tokens: 24 characters and no prefix, so the name must say which product.
          SecretPattern.of("Atlassian API token")
              .keywords("atlassian", "confluence", "jira")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(
                  Assigned.toExactly(
                      "ATLASSIAN|[Aa]tlassian|CONFLUENCE|[Cc]onfluence|JIRA|[Jj]ira",
                      "[A-Za-z0-9]{24}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
