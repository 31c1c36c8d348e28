package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-032",
    title = "No Okta API token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:okta-access-token"},
    rationale =
        "An Okta API token calls the management API with the permissions of the administrator who"
            + " created it: whoever reads it can create users, reset factors and change the"
            + " applications that the organisation signs in to.",
    remediation =
        "Revoke the token in the Okta Admin Console (Security, API, Tokens), then prefer an OAuth"
            + " service app with scoped access, or read the token from a secret store at run time.",
    references = {"https://developer.okta.com/docs/guides/create-an-api-token/main/"})
public final class OktaTokens implements SecretRule {
  // SSWS tokens: "00" then 40 base64url characters, with no prefix of their own; the name must
  // say Okta, in one of its usual cases (so that "rookTable" is not "okta").
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Okta API token")
              .keywords("okta")
              .minEntropy(4)
              .reach(Assigned.REACH)
              .regex(Assigned.toExactly("[Oo]kta|OKTA", "00[A-Za-z0-9_=-]{40}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
