package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-024",
    title = "No Docker Hub access token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    rationale =
        "A Docker Hub personal or organisation access token pushes images as its owner: whoever"
            + " reads it can replace a published image with a malicious one that every `docker"
            + " pull` then runs, or read private repositories.",
    remediation =
        "Revoke the token in Docker Hub (Account settings, Personal access tokens; or the"
            + " organisation's Access tokens), then log in from CI with the token kept in the CI"
            + " secret store (`docker/login-action` with `secrets.DOCKERHUB_TOKEN`).",
    references = {
      "https://docs.docker.com/security/for-developers/access-tokens/",
      "https://docs.docker.com/security/for-admins/access-tokens/"
    })
public final class DockerHubTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Docker Hub personal access token")
              .keywords("dckr_pat_")
              .minEntropy(3)
              .regex("\\b(dckr_pat_[A-Za-z0-9_-]{27,64})"),
          SecretPattern.of("Docker Hub organisation access token")
              .keywords("dckr_oat_")
              .minEntropy(3)
              .regex("\\b(dckr_oat_[A-Za-z0-9_-]{27,64})"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
