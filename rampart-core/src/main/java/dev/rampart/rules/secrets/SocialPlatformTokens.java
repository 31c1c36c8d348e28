package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-103",
    title = "No social platform app secret or access token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:facebook-access-token",
      "gitleaks:facebook-page-access-token",
      "gitleaks:facebook-secret",
      "gitleaks:flickr-access-token",
      "gitleaks:linkedin-client-id",
      "gitleaks:linkedin-client-secret"
    },
    rationale =
        "An app secret signs requests as the application and mints tokens for it; a page or user"
            + " access token posts and reads as that page or user (Meta, Flickr, LinkedIn). Whoever"
            + " reads the file, its history or a copy of it can impersonate the app or its users"
            + " until the secret is reset.",
    remediation =
        "Reset the app secret in the platform's developer console (Meta App Dashboard > Settings >"
            + " Basic, LinkedIn Developer Portal > Auth, Flickr App Garden) and invalidate leaked"
            + " access tokens, then read them from the environment or a secret store instead of"
            + " the file. Purge it from git history if it was committed.",
    references = {
      "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
      "https://learn.microsoft.com/en-us/linkedin/shared/authentication/authentication",
      "https://www.flickr.com/services/api/auth.oauth.html"
    })
public final class SocialPlatformTokens implements SecretRule {
  private static final String[] LINKEDIN = {"linkedin", "linked_in", "linked-in"};

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // An app access token is "<app id>|<app secret or signature>".
          SecretPattern.of("Facebook app access token")
              .keywords("facebook")
              .minEntropy(3)
              .regex(
                  "(?i:facebook)[^\\n]{0,40}?(?P<secret>[0-9]{15,16}(?:\\||%7C)[0-9A-Za-z_-]{27,40})"
                      + ProviderPatterns.END),
          // Page and user tokens start EAAM or EAAC and run to a hundred characters or more.
          SecretPattern.of("Facebook page access token")
              .keywords("eaam", "eaac")
              .minEntropy(4)
              .regex("\\b(?P<secret>EAA[MC][0-9A-Za-z]{100,})" + ProviderPatterns.END),
          keyed("Facebook app secret", 3, "[0-9a-f]{32}", "facebook"),
          keyed("Flickr API key", 3, "[0-9A-Za-z]{32}", "flickr"),
          keyed("LinkedIn client id", 2, "[0-9A-Za-z]{14}", LINKEDIN),
          keyed("LinkedIn client secret", 2, "[0-9A-Za-z]{16}", LINKEDIN));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
