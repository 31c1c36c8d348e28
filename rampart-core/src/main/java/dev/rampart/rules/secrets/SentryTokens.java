package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

@Rule(
    id = "RA-SEC-029",
    title = "No Sentry auth token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:sentry-access-token",
      "gitleaks:sentry-org-token",
      "gitleaks:sentry-user-token"
    },
    rationale =
        "A Sentry organisation or user auth token uploads releases and source maps and, within its"
            + " scopes, reads the organisation's issues: events carry stack traces, request data"
            + " and often personal data. Whoever reads it reads them too.",
    remediation =
        "Revoke the token in Sentry (Settings, Auth Tokens or Organization Tokens), then give it to"
            + " the build from the CI secret store as `SENTRY_AUTH_TOKEN`.",
    references = {
      "https://docs.sentry.io/account/auth-tokens/",
      "https://blog.sentry.io/sentrys-new-auth-token-format/"
    })
public final class SentryTokens implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          // sntrys_, then base64 of a JSON object with iat, url, region_url and org, then "_" and
          // a 43-character secret.
          SecretPattern.of("Sentry organization auth token")
              .keywords("sntrys_eyj")
              .minEntropy(4)
              .accept(SentryTokens::hasOrgPayload)
              .regex(
                  "\\b(sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9+/]|$)"),
          SecretPattern.of("Sentry user auth token")
              .keywords("sntryu_")
              .minEntropy(3)
              .regex("\\b(sntryu_[0-9a-f]{64})(?:[^0-9A-Za-z]|$)"),
          SecretPattern.of("Sentry auth token")
              .keywords("sentry")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("sentry", "[0-9a-f]{64}")));

  private static boolean hasOrgPayload(String token) {
    String payload = token.substring("sntrys_".length(), token.lastIndexOf('_'));
    try {
      String json = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
      return json.startsWith("{") && json.contains("\"region_url\"");
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
