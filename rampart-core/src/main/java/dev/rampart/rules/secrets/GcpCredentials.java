package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;
import java.util.Set;

@Rule(
    id = "RA-SEC-002",
    title = "No Google Cloud service-account key or API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:gcp-api-key"},
    rationale =
        "A service-account key file lets anyone act as that service account on every Google Cloud"
            + " resource its roles reach, with no expiry. An API key bills calls to the project and"
            + " unlocks every API it is not restricted from. Whoever reads the file, its history or"
            + " a copy of it holds that access until the key is deleted.",
    remediation =
        "Delete the key in IAM > Service accounts > Keys (or APIs & Services > Credentials for an"
            + " API key), then use Workload Identity (GKE, Cloud Run, CI federation) or Secret"
            + " Manager instead of a key in the file; restrict API keys to the APIs and referrers"
            + " that need them. Purge it from git history if it was committed.",
    references = {
      "https://cloud.google.com/iam/docs/service-account-creds#key-types",
      "https://cloud.google.com/docs/authentication/api-keys",
      "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"
    })
public final class GcpCredentials implements SecretRule {
  // API keys that Google itself ships in public clients and documentation (Chrome, Firebase and
  // Maps samples): they identify a project rather than grant access, and gitleaks, whose corpus
  // lists them, allows them too. Kept as data, not as a pattern.
  private static final Set<String> PUBLISHED_API_KEYS =
      Set.of(
          "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",
          "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
          "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
          "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
          "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
          "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
          "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
          "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
          "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
          "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
          "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
          "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
          "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
          "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
          "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
          "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY");

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // A key file is JSON with "type": "service_account" and a PEM "private_key"; the pattern
          // reads from the type to the key, in either order, within a few lines.
          SecretPattern.of("Google Cloud service-account key")
              .keywords("\"service_account\"")
              .reach(4096)
              .regex(
                  "\"type\"\\s*:\\s*\"service_account\"[^{}]{0,1000}?\"private_key\"\\s*:\\s*"
                      + "\"(?P<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\\\s]{64,}?"
                      + "-----END (?:RSA )?PRIVATE KEY-----)"),
          SecretPattern.of("Google Cloud service-account key")
              .keywords("\"service_account\"")
              .reach(4096)
              .regex(
                  "\"private_key\"\\s*:\\s*\"(?P<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----"
                      + "[A-Za-z0-9+/=\\\\\\s]{64,}?-----END (?:RSA )?PRIVATE KEY-----)"
                      + "[^{}]{0,1000}?\"type\"\\s*:\\s*\"service_account\""),
          // API keys: "AIza" and 35 characters of [A-Za-z0-9_-].
          SecretPattern.of("Google API key")
              .keywords("aiza")
              .minEntropy(3.5)
              .accept(value -> !PUBLISHED_API_KEYS.contains(value))
              .regex("(?:^|[^0-9A-Za-z_-])(?P<secret>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
