package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-153",
    title = "No CI, hosting or infrastructure platform token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:netlify-access-token",
      "gitleaks:octopus-deploy-api-key",
      "gitleaks:openshift-user-token",
      "gitleaks:planetscale-api-token",
      "gitleaks:planetscale-oauth-token",
      "gitleaks:planetscale-password",
      "gitleaks:prefect-api-token",
      "gitleaks:pulumi-api-token",
      "gitleaks:scalingo-api-token",
      "gitleaks:settlemint-application-access-token",
      "gitleaks:settlemint-personal-access-token",
      "gitleaks:settlemint-service-access-token",
      "gitleaks:snyk-api-token",
      "gitleaks:sonar-api-token",
      "gitleaks:sourcegraph-access-token",
      "gitleaks:travisci-access-token"
    },
    rationale =
        "A token of a deployment, hosting, CI or code-analysis platform (Netlify, Octopus Deploy,"
            + " OpenShift, PlanetScale, Prefect, Pulumi, Scalingo, SettleMint, Snyk, SonarQube,"
            + " Sourcegraph, Travis CI) acts on what ships to production: whoever reads it can"
            + " deploy their own code, read the stacks' secrets and state or the databases, or"
            + " read the code and its vulnerabilities.",
    remediation =
        "Revoke the token in the platform's user or organisation settings, then give it to the"
            + " pipeline from the CI secret store, or use the platform's OpenID Connect federation"
            + " where it offers one (Pulumi, Octopus) so that no long-lived token is needed.",
    references = {
      "https://docs.netlify.com/api/get-started/#authentication",
      "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
      "https://docs.openshift.com/container-platform/latest/authentication/understanding-authentication.html",
      "https://planetscale.com/docs/concepts/service-tokens",
      "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys",
      "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
      "https://doc.scalingo.com/platform/user-management/api-tokens",
      "https://docs.snyk.io/snyk-api/authentication-for-api",
      "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
      "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
      "https://docs.travis-ci.com/user/encryption-keys/"
    })
public final class DevOpsPlatformTokens implements SecretRule {
  private static final String END = "(?:[^A-Za-z0-9_-]|$)";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("OpenShift user token")
              .keywords("sha256~")
              .minEntropy(3.5)
              .regex("(?:^|[^A-Za-z0-9_-])(?P<secret>sha256~[A-Za-z0-9_-]{43})" + END),
          SecretPattern.of("PlanetScale service token")
              .keywords("pscale_tkn_")
              .minEntropy(3)
              .regex("\\b(pscale_tkn_[A-Za-z0-9_=.-]{32,64})" + END),
          SecretPattern.of("PlanetScale OAuth token")
              .keywords("pscale_oauth_")
              .minEntropy(3)
              .regex("\\b(pscale_oauth_[A-Za-z0-9_=.-]{32,64})" + END),
          SecretPattern.of("PlanetScale database password")
              .keywords("pscale_pw_")
              .minEntropy(3)
              .regex("\\b(pscale_pw_[A-Za-z0-9_=.-]{32,64})" + END),
          SecretPattern.of("Prefect API key")
              .keywords("pnu_")
              .minEntropy(3)
              .regex("\\b(pnu_[A-Za-z0-9]{36})\\b"),
          SecretPattern.of("Pulumi access token")
              .keywords("pul-")
              .minEntropy(3)
              .regex("\\b(pul-[0-9a-f]{40})\\b"),
          SecretPattern.of("Scalingo API token")
              .keywords("tk-us-")
              .minEntropy(3)
              .regex("\\b(tk-us-[A-Za-z0-9_-]{48})" + END),
          SecretPattern.of("SettleMint access token")
              .keywords("sm_aat_", "sm_pat_", "sm_sat_")
              .minEntropy(3)
              .regex("\\b(sm_[aps]at_[A-Za-z0-9]{16})\\b"),
          // Octopus: "API-" then 26 or more upper-case letters and digits; upper case and a
          // digit are required so that API-CalculatorService is not a key.
          SecretPattern.of("Octopus Deploy API key")
              .keywords("api-")
              .minEntropy(3)
              .accept(key -> key.chars().skip(4).anyMatch(Character::isDigit))
              .regex("(?:^|[\\s\"'=:`(])(?P<secret>API-[A-Z0-9]{26,32})(?:[\\s\"'`;,)]|$)"),
          SecretPattern.of("Sourcegraph access token")
              .keywords("sgp_")
              .minEntropy(3)
              .regex("\\b(sgp_(?:[0-9a-fA-F]{16}_|local_)?[0-9a-fA-F]{40})\\b"),
          SecretPattern.of("Sourcegraph access token")
              .keywords("sourcegraph")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("sourcegraph", "[0-9a-fA-F]{40}")),
          SecretPattern.of("Netlify access token")
              .keywords("netlify")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("netlify", "(?:nfp_)?[A-Za-z0-9_=-]{40,46}")),
          SecretPattern.of("Snyk API token")
              .keywords("snyk")
              .reach(Assigned.REACH)
              .regex(Assigned.to("snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)", Assigned.UUID)),
          SecretPattern.of("SonarQube token")
              .keywords("sonar")
              .reach(Assigned.REACH)
              .regex(
                  Assigned.to(
                      "sonar[_.-]?(?:login|token)", "(?:squ_|sqp_|sqa_)?[A-Za-z0-9_=-]{40}")),
          SecretPattern.of("Travis CI access token")
              .keywords("travis")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .accept(Assigned::hasDigit)
              .regex(Assigned.to("travis", "[A-Za-z0-9]{22}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
