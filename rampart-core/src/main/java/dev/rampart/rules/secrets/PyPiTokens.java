package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-021",
    title = "No PyPI upload token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:pypi-upload-token"},
    rationale =
        "A PyPI API token uploads releases of the projects it is scoped to, or of every project of"
            + " the account: whoever reads it can publish a malicious release that every `pip"
            + " install` then runs.",
    remediation =
        "Delete the token in the PyPI account settings (API tokens), then publish from CI with"
            + " trusted publishing (OpenID Connect) or keep the token in the CI secret store as"
            + " `TWINE_PASSWORD`, never in `.pypirc` in the repository.",
    references = {"https://pypi.org/help/#apitoken", "https://docs.pypi.org/trusted-publishers/"})
public final class PyPiTokens implements SecretRule {
  // A macaroon: "pypi-" then base64url of a binary whose location field reads pypi.org (or
  // test.pypi.org), which is why every token starts with the same characters.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("PyPI upload token")
              .keywords("pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yz")
              .minEntropy(3)
              .regex("\\b(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
