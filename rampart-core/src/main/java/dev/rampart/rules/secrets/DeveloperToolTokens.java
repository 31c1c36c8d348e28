package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-101",
    title = "No CI, artifact, observability or developer tool token is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:adafruit-api-key",
      "gitleaks:age-secret-key",
      "gitleaks:artifactory-api-key",
      "gitleaks:artifactory-reference-token",
      "gitleaks:jfrog-api-key",
      "gitleaks:jfrog-identity-token",
      "gitleaks:authress-service-client-access-key",
      "gitleaks:bitbucket-client-id",
      "gitleaks:bitbucket-client-secret",
      "gitleaks:clojars-api-token",
      "gitleaks:codecov-access-token",
      "gitleaks:droneci-access-token",
      "gitleaks:frameio-api-token",
      "gitleaks:gitter-access-token",
      "gitleaks:grafana-api-key",
      "gitleaks:grafana-cloud-api-token",
      "gitleaks:grafana-service-account-token",
      "gitleaks:harness-api-key",
      "gitleaks:infracost-api-token",
      "gitleaks:intra42-client-secret",
      "gitleaks:launchdarkly-access-token",
      "gitleaks:linear-api-key",
      "gitleaks:linear-client-secret",
      "gitleaks:looker-client-id",
      "gitleaks:looker-client-secret"
    },
    rationale =
        "Tokens of developer tools reach the supply chain and its data: an artifact repository"
            + " token (JFrog, Clojars) publishes packages others install, a CI token (Drone,"
            + " Harness, Codecov, Bitbucket) reads code and pipeline secrets, an observability"
            + " token (Grafana) reads logs and dashboards, a feature-flag or issue tracker token"
            + " (LaunchDarkly, Linear) changes production behaviour or reads internal plans, and an"
            + " age secret key decrypts every file encrypted to it. Whoever reads the file, its"
            + " history or a copy of it holds that access until the token is revoked.",
    remediation =
        "Revoke the token in the tool's settings (its API keys, access tokens or service accounts"
            + " page; for an age key, re-encrypt the files to a new recipient), then pass it"
            + " through the CI system's secret variables or a secret store instead of the file."
            + " Purge it from git history if it was committed.",
    references = {
      "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
      "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
      "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/",
      "https://linear.app/developers/graphql#personal-api-keys",
      "https://github.com/C2SP/C2SP/blob/main/age.md",
      "https://authress.io/knowledge-base/docs/authorization/service-clients"
    })
public final class DeveloperToolTokens implements SecretRule {
  private static final String JFROG = "jfrog";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          prefixed("Adafruit IO key", 3, "aio_", "[0-9A-Za-z]{28}"),
          keyed("Adafruit IO key", 3, "[0-9A-Za-z_-]{32}", "adafruit"),
          // age X25519 identities: the Bech32 (upper case) of 32 bytes.
          SecretPattern.of("age secret key")
              .keywords("age-secret-key-1")
              .regex("\\b(?P<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b"),
          prefixed("JFrog Artifactory API key", 4.5, "AKCp", "[0-9A-Za-z]{69}"),
          prefixed("JFrog Artifactory reference token", 4.5, "cmVmd", "[0-9A-Za-z]{59}"),
          keyed("JFrog API key", 3, "[0-9A-Za-z]{73}", JFROG, "artifactory", "bintray", "xray"),
          keyed(
              "JFrog identity token",
              3,
              "[0-9A-Za-z]{64}",
              JFROG,
              "artifactory",
              "bintray",
              "xray"),
          // Authress service client keys: <client>.<key id>.acc_<account>.<private key>.
          SecretPattern.of("Authress service client access key")
              .keywords(".acc_", ".acc-")
              .minEntropy(3)
              .regex(
                  "\\b(?P<secret>(?:sc|ext|scauth|authress)_[0-9A-Za-z]{5,30}\\.[0-9A-Za-z]{4,6}"
                      + "\\.acc[_-][0-9A-Za-z-]{10,32}\\.[0-9A-Za-z+/_=-]{30,120})"
                      + ProviderPatterns.END),
          keyed("Bitbucket client id", 3, "[0-9A-Za-z]{32}", "bitbucket"),
          keyed("Bitbucket client secret", 3, "[0-9A-Za-z=_-]{64}", "bitbucket"),
          prefixed("Clojars deploy token", 3, "CLOJARS_", "[0-9A-Za-z]{60}"),
          keyed("Codecov upload token", 3, "[0-9A-Za-z]{32}", "codecov"),
          keyed("Drone CI access token", 3, "[0-9A-Za-z]{32}", "droneci", "drone_token"),
          prefixed("Frame.io developer token", 3, "fio-u-", "[0-9A-Za-z_=-]{64}"),
          keyed("Gitter access token", 3, "[0-9A-Za-z_-]{40}", "gitter"),
          prefixed("Grafana API key", 3, "eyJrIjoi", "[0-9A-Za-z]{70,400}={0,3}"),
          prefixed("Grafana Cloud API token", 3, "glc_", "[0-9A-Za-z+/]{32,400}={0,3}"),
          prefixed("Grafana service account token", 3, "glsa_", "[0-9A-Za-z]{32}_[0-9A-Fa-f]{8}"),
          // Harness: pat. or sat., the account id, the token id, then the secret.
          SecretPattern.of("Harness API key")
              .keywords("pat.", "sat.")
              .minEntropy(3)
              .regex(
                  "\\b(?P<secret>(?:pat|sat)\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z]{24}\\.[0-9A-Za-z]{20})"
                      + ProviderPatterns.END),
          prefixed("Infracost API token", 3, "ico-", "[0-9A-Za-z]{32}"),
          SecretPattern.of("42 intranet client secret")
              .keywords("s-s4t2ud-", "s-s4t2af-")
              .minEntropy(3)
              .regex("\\b(?P<secret>s-s4t2(?:ud|af)-[0-9a-f]{64})" + ProviderPatterns.END),
          keyed("LaunchDarkly access token", 3, "[0-9A-Za-z=_-]{40}", "launchdarkly"),
          prefixed("Linear API key", 3, "lin_api_", "[0-9A-Za-z]{40}"),
          keyed("Linear OAuth client secret", 3, "[0-9a-f]{32}", "linear"),
          keyed("Looker client id", 3, "[0-9A-Za-z]{20}", "looker"),
          keyed("Looker client secret", 3, "[0-9A-Za-z]{24}", "looker"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
