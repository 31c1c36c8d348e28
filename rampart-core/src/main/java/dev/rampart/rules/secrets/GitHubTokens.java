package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-004",
    title = "No GitHub token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:github-pat",
      "gitleaks:github-fine-grained-pat",
      "gitleaks:github-oauth",
      "gitleaks:github-app-token",
      "gitleaks:github-refresh-token"
    },
    rationale =
        "A GitHub token acts as its owner on every repository and organisation it can reach: it"
            + " can read private code, push commits and change settings. Anyone who can read the"
            + " file, its history or a copy of it holds that power until the token is revoked.",
    remediation =
        "Revoke the token at github.com/settings/tokens (or the app's settings), then read it from"
            + " the environment or a secret store (`GITHUB_TOKEN` in Actions, a Kubernetes Secret)"
            + " instead of the file. Purge it from git history if it was committed.",
    references = {
      "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
      "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats"
    })
public final class GitHubTokens implements SecretRule {
  // Prefix, then 36 base62 characters (the last six a CRC32 checksum), per GitHub's format.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("GitHub personal access token (classic)")
              .keywords("ghp_")
              .minEntropy(3)
              .regex("\\b(ghp_[0-9A-Za-z]{36})\\b"),
          SecretPattern.of("GitHub fine-grained personal access token")
              .keywords("github_pat_")
              .minEntropy(3)
              .regex("\\b(github_pat_[0-9A-Za-z_]{82})\\b"),
          SecretPattern.of("GitHub OAuth access token")
              .keywords("gho_")
              .minEntropy(3)
              .regex("\\b(gho_[0-9A-Za-z]{36})\\b"),
          SecretPattern.of("GitHub App token")
              .keywords("ghu_", "ghs_")
              .minEntropy(3)
              .regex("\\b((?:ghu|ghs)_[0-9A-Za-z]{36})\\b"),
          SecretPattern.of("GitHub refresh token")
              .keywords("ghr_")
              .minEntropy(3)
              .regex("\\b(ghr_[0-9A-Za-z]{36,76})\\b"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
