package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.END;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-005",
    title = "No GitLab token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:gitlab-pat",
      "gitleaks:gitlab-pat-routable",
      "gitleaks:gitlab-ptt",
      "gitleaks:gitlab-rrt",
      "gitleaks:gitlab-runner-authentication-token",
      "gitleaks:gitlab-runner-authentication-token-routable",
      "gitleaks:gitlab-cicd-job-token",
      "gitleaks:gitlab-deploy-token",
      "gitleaks:gitlab-feature-flag-client-token",
      "gitleaks:gitlab-feed-token",
      "gitleaks:gitlab-incoming-mail-token",
      "gitleaks:gitlab-kubernetes-agent-token",
      "gitleaks:gitlab-oauth-app-secret",
      "gitleaks:gitlab-scim-token",
      "gitleaks:gitlab-session-cookie"
    },
    rationale =
        "GitLab tokens act on the instance with their owner's rights: a personal or project access"
            + " token can read and push code and change settings, a runner token can take CI jobs"
            + " and their secrets, a deploy token can pull images and packages, an agent token"
            + " controls a cluster connection. Anyone who reads the file, its history or a copy of"
            + " it holds that power until the token is revoked.",
    remediation =
        "Revoke the token where it was made (User settings > Access tokens, the project's or"
            + " group's Access tokens, Deploy tokens, the runner's page, or the agent's page), then"
            + " pass it through masked and protected CI/CD variables or a secret store instead of"
            + " the file. Purge it from git history if it was committed.",
    references = {
      "https://docs.gitlab.com/security/tokens/",
      "https://docs.gitlab.com/user/profile/personal_access_tokens/"
    })
public final class GitLabTokens implements SecretRule {
  // Every token type has its own prefix (GitLab's "token overview"); routable tokens, made since
  // GitLab 17, carry a base64url payload, a dot, a two-character version and a 7-character CRC.
  private static final String LEGACY = "[0-9A-Za-z_-]{20}";
  private static final String ROUTABLE = "[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          prefixed(
              "GitLab personal access token", 3, "glpat-", "(?:" + ROUTABLE + "|" + LEGACY + ")"),
          prefixed("GitLab pipeline trigger token", 3, "glptt-", "[0-9a-f]{40}"),
          prefixed("GitLab runner registration token", 3, "GR1348941", "[0-9A-Za-z_-]{20}"),
          prefixed(
              "GitLab runner authentication token",
              3,
              "glrt-",
              "(?:t[0-9]_" + ROUTABLE + "|" + ROUTABLE + "|" + LEGACY + ")"),
          prefixed("GitLab CI/CD job token", 3, "glcbt-", "[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}"),
          prefixed("GitLab deploy token", 3, "gldt-", "(?:" + ROUTABLE + "|" + LEGACY + ")"),
          prefixed("GitLab feature flags client token", 3, "glffct-", LEGACY),
          prefixed("GitLab feed token", 3, "glft-", "(?:" + ROUTABLE + "|" + LEGACY + ")"),
          prefixed("GitLab incoming mail token", 3, "glimt-", "[0-9A-Za-z_-]{25}"),
          prefixed("GitLab agent for Kubernetes token", 3, "glagent-", "[0-9A-Za-z_-]{50,}"),
          prefixed("GitLab OAuth application secret", 3, "gloas-", "[0-9A-Za-z_-]{64}"),
          prefixed("GitLab SCIM token", 3, "glsoat-", "[0-9A-Za-z_-]{20,}"),
          prefixed("GitLab workspace token", 3, "glwt-", "[0-9A-Za-z_-]{20,}"),
          SecretPattern.of("GitLab session cookie")
              .keywords("_gitlab_session=")
              .minEntropy(3)
              .regex("_gitlab_session=(?P<secret>[0-9a-z]{32})" + END));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
