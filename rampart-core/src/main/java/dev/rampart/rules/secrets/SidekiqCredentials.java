package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-158",
    title = "No Sidekiq Pro or Enterprise gem server credential is written into the repository",
    severity = Severity.MEDIUM,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:sidekiq-secret", "gitleaks:sidekiq-sensitive-url"},
    rationale =
        "The `user:password` pair of gems.contribsys.com or enterprise.contribsys.com is the"
            + " customer's licence to the commercial Sidekiq gems: whoever reads it can download"
            + " them on the licence holder's account, and the vendor may revoke a leaked licence.",
    remediation =
        "Ask Contributed Systems to rotate the credential, then give it to Bundler from the"
            + " environment (`BUNDLE_GEMS__CONTRIBSYS__COM` from the CI secret store) instead of a"
            + " committed `.bundle/config` or Gemfile source URL.",
    references = {
      "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-Installation",
      "https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES"
    })
public final class SidekiqCredentials implements SecretRule {
  private static final String CREDENTIAL = "[0-9a-f]{8}:[0-9a-f]{8}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Sidekiq gem server credential")
              .keywords("bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com")
              .reach(Assigned.REACH)
              .regex(
                  Assigned.to(
                      "BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM",
                      CREDENTIAL)),
          SecretPattern.of("Sidekiq gem server credential in a URL")
              .keywords("@gems.contribsys.com", "@enterprise.contribsys.com")
              .regex(
                  "\\b(?i:https?)://(?P<secret>"
                      + CREDENTIAL
                      + ")@(?i:gems|enterprise)\\.contribsys\\.com(?:[/#?:]|$|[^A-Za-z0-9.-])"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
