package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-106",
    title = "No Cloudflare Origin CA key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:cloudflare-origin-ca-key"},
    rationale =
        "An Origin CA key issues and revokes the origin certificates that Cloudflare trusts for the"
            + " account's zones. Whoever reads the file, its history or a copy of it can mint"
            + " certificates for those origins until the key is changed.",
    remediation =
        "Change the key in the Cloudflare dashboard (My Profile > API Tokens > Origin CA Key), revoke"
            + " certificates issued with it, then read the new value from the environment or a secret store instead of the file."
            + " Purge it from git history if it was committed.",
    references = {"https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/"})
public final class CloudflareOriginCaKeys implements SecretRule {
  // v1.0-, 24 hex characters, a dash and 146 more.
  private static final List<SecretPattern> PATTERNS =
      List.of(prefixed("Cloudflare Origin CA key", 3, "v1.0-", "[0-9a-f]{24}-[0-9a-f]{146}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
