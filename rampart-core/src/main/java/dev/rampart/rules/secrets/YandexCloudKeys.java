package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-156",
    title = "No Yandex Cloud key or token is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:yandex-access-token",
      "gitleaks:yandex-api-key",
      "gitleaks:yandex-aws-access-token"
    },
    rationale =
        "A Yandex Cloud API key, IAM token or static access key acts as its service account on"
            + " every resource the account's roles reach: object storage, compute, databases.",
    remediation =
        "Delete the key in the service account's settings (Yandex Cloud console, IAM), then have"
            + " the workload obtain IAM tokens from the metadata service, or read the key from"
            + " Lockbox or another secret store.",
    references = {
      "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key",
      "https://yandex.cloud/en/docs/iam/concepts/authorization/access-key",
      "https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token"
    })
public final class YandexCloudKeys implements SecretRule {
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("Yandex Cloud IAM token")
              .keywords("yandex")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("yandex", "t1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}")),
          SecretPattern.of("Yandex Cloud API key")
              .keywords("yandex")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("yandex", "AQVN[A-Za-z0-9_-]{35,38}")),
          SecretPattern.of("Yandex Cloud static access key")
              .keywords("yandex")
              .minEntropy(3)
              .reach(Assigned.REACH)
              .regex(Assigned.to("yandex", "YC[A-Za-z0-9_-]{38}")));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
