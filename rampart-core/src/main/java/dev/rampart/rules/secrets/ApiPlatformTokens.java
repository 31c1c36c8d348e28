package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-154",
    title = "No Postman, RapidAPI or ReadMe API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:postman-api-token",
      "gitleaks:rapidapi-access-token",
      "gitleaks:readme-api-token"
    },
    rationale =
        "A Postman API key reads and changes the owner's workspaces, collections and environments,"
            + " where other services' credentials are commonly kept; a RapidAPI key calls every API"
            + " the account subscribes to, billed to it; a ReadMe key rewrites the published"
            + " documentation.",
    remediation =
        "Revoke the key (Postman: Settings, API keys; RapidAPI: the app's Authorization tab;"
            + " ReadMe: the project's API keys), then read it from the environment or a secret"
            + " store.",
    references = {
      "https://learning.postman.com/docs/developer/postman-api/authentication/",
      "https://docs.rapidapi.com/docs/keys-and-key-rotation",
      "https://docs.readme.com/main/reference/intro/authentication"
    })
public final class ApiPlatformTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Postman API key")
              .keywords("pmak-")
              .minEntropy(3)
              .regex("\\b(PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34})\\b"),
          SecretPattern.of("ReadMe API key")
              .keywords("rdme_")
              .minEntropy(3)
              .regex("\\b(rdme_[a-z0-9]{70})\\b"),
          SecretPattern.of("RapidAPI key")
              .keywords("rapidapi")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("rapidapi", "[A-Za-z0-9_-]{50}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
