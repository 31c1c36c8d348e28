package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-020",
    title = "No npm access token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:npm-access-token"},
    rationale =
        "An npm access token publishes packages as its owner: whoever reads it can push a"
            + " malicious version of every package the account maintains, and every project that"
            + " depends on them installs it. An `.npmrc` committed with `_authToken` or `_auth` gives"
            + " the same power.",
    remediation =
        "Revoke the token at npmjs.com (Access Tokens) or with `npm token revoke`, then keep it out"
            + " of the file: write `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` in `.npmrc` and"
            + " supply `NPM_TOKEN` from the CI secret store, or use npm's trusted publishing.",
    references = {
      "https://docs.npmjs.com/about-access-tokens",
      "https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/",
      "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration"
    })
public final class NpmTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // npm_ then 36 base62 characters, the last six a CRC32 checksum.
          SecretPattern.of("npm access token")
              .keywords("npm_")
              .minEntropy(3)
              .regex("\\b(npm_[A-Za-z0-9]{36})\\b"),
          SecretPattern.of("npm registry token in .npmrc")
              .keywords(":_authtoken")
              .minEntropy(2.5)
              .regex(":_authToken[ \\t]*=[ \\t]*[\"']?(?P<secret>[^\\s\"'#;]{8,})"),
          SecretPattern.of("npm registry credentials in .npmrc")
              .keywords("_auth=", "_auth =", "_password=", "_password =")
              .minEntropy(2.5)
              .inPath(path -> path.endsWith(".npmrc"))
              .regex(
                  "(?m)^[ \\t]*(?:[^\\s=]*:)?_(?:auth|password)[ \\t]*=[ \\t]*[\"']?"
                      + "(?P<secret>[A-Za-z0-9+/]{8,}={0,2})[\"']?[ \\t]*$"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
