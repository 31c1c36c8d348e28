package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-100",
    title = "No cloud, hosting or data platform token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:alibaba-access-key-id",
      "gitleaks:alibaba-secret-key",
      "gitleaks:digitalocean-access-token",
      "gitleaks:digitalocean-pat",
      "gitleaks:digitalocean-refresh-token",
      "gitleaks:flyio-access-token",
      "gitleaks:heroku-api-key",
      "gitleaks:heroku-api-key-v2",
      "gitleaks:databricks-api-token",
      "gitleaks:clickhouse-cloud-api-secret-key",
      "gitleaks:confluent-access-token",
      "gitleaks:confluent-secret-key",
      "gitleaks:dynatrace-api-token",
      "gitleaks:fastly-api-token",
      "gitleaks:doppler-api-token",
      "gitleaks:defined-networking-api-token"
    },
    rationale =
        "Cloud and hosting tokens control infrastructure: they create and delete servers, DNS"
            + " records, databases and clusters, read stored data and deploy code (Alibaba Cloud,"
            + " DigitalOcean, Fly.io, Heroku, Databricks, ClickHouse Cloud, Confluent,"
            + " Dynatrace, Fastly, Doppler, Defined Networking). Whoever reads the file, its"
            + " history or a copy of it holds that power until the token is revoked.",
    remediation =
        "Revoke the token in the provider's console (its API tokens or access keys page), review"
            + " the audit log for its use, then inject credentials at deploy time from the"
            + " platform's secret store or a workload identity instead of the file. Purge it from"
            + " git history if it was committed.",
    references = {
      "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
      "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
      "https://fly.io/docs/security/tokens/",
      "https://devcenter.heroku.com/articles/authentication",
      "https://docs.databricks.com/en/dev-tools/auth/pat.html",
      "https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication",
      "https://docs.doppler.com/reference/auth-token-formats"
    })
public final class CloudPlatformTokens implements SecretRule {
  private static final String UUID =
      "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          prefixed("Alibaba Cloud AccessKey id", 3, "LTAI", "[0-9A-Za-z]{12,20}"),
          keyed("Alibaba Cloud AccessKey secret", 3, "[0-9A-Za-z]{30}", "alibaba"),
          prefixed("DigitalOcean personal access token", 3, "dop_v1_", "[0-9a-f]{64}"),
          prefixed("DigitalOcean OAuth access token", 3, "doo_v1_", "[0-9a-f]{64}"),
          prefixed("DigitalOcean OAuth refresh token", 3, "dor_v1_", "[0-9a-f]{64}"),
          // Fly.io: fo1_ org tokens, fm1a_/fm1r_/fm2_ macaroons (often after "FlyV1 ").
          prefixed("Fly.io access token", 4, "fo1_", "[0-9A-Za-z_-]{43}"),
          prefixed("Fly.io macaroon token", 4, "fm1a_", "[0-9A-Za-z+/]{100,}={0,3}"),
          prefixed("Fly.io macaroon token", 4, "fm1r_", "[0-9A-Za-z+/]{100,}={0,3}"),
          prefixed("Fly.io macaroon token", 4, "fm2_", "[0-9A-Za-z+/]{100,}={0,3}"),
          prefixed("Heroku API key", 4, "HRKU-AA", "[0-9A-Za-z_-]{58}"),
          keyed("Heroku API key (legacy)", 3, UUID, "heroku"),
          prefixed("Databricks personal access token", 3, "dapi", "[0-9a-f]{32}(?:-[0-9])?"),
          prefixed("ClickHouse Cloud API secret", 3, "4b1d", "[0-9A-Za-z]{38}"),
          keyed("Confluent API key", 3, "[0-9A-Za-z]{16}", "confluent"),
          keyed("Confluent API secret", 3, "[0-9A-Za-z+/]{64}", "confluent"),
          SecretPattern.of("Dynatrace API token")
              .keywords("dt0c01.")
              .minEntropy(4)
              .regex(
                  "\\b(?P<secret>dt0c01\\.[0-9A-Za-z]{24}\\.[0-9A-Za-z]{64})"
                      + ProviderPatterns.END),
          keyed("Fastly API token", 3, "[0-9A-Za-z_=-]{32}", "fastly"),
          // Doppler: dp.pt. personal, dp.st. service, dp.sa. service account, dp.ct. CLI tokens.
          SecretPattern.of("Doppler token")
              .keywords("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.")
              .minEntropy(3)
              .regex(
                  "\\b(?P<secret>dp\\.(?:pt|st|sa|ct)\\.(?:[0-9A-Za-z_-]+\\.)?[0-9A-Za-z]{40,44})"
                      + ProviderPatterns.END),
          prefixed(
              "Defined Networking API token",
              3,
              "dnkey-",
              "[0-9A-Za-z=_-]{26}-[0-9A-Za-z=_-]{52}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
