package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.END;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-001",
    title = "No AWS access key or Bedrock API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:aws-access-token",
      "gitleaks:aws-amazon-bedrock-api-key-long-lived",
      "gitleaks:aws-amazon-bedrock-api-key-short-lived"
    },
    rationale =
        "An AWS access key id with its secret access key signs API calls as the IAM user or role"
            + " that owns it: depending on its policies it can read S3 buckets, start instances or"
            + " create new users. A Bedrock API key bills model calls to the account. Anyone who"
            + " reads the file, its history or a copy of it holds that power until the key is"
            + " deactivated.",
    remediation =
        "Deactivate and delete the access key in IAM (or the Bedrock API key in the Bedrock"
            + " console), check CloudTrail for its use, then give the workload an IAM role (instance"
            + " profile, IRSA, OIDC federation in CI) or read keys from AWS Secrets Manager instead"
            + " of the file. Purge it from git history if it was committed.",
    references = {
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html"
    })
public final class AwsCredentials implements SecretRule {
  // Key ids: a four-letter type prefix (AKIA long-term, ASIA temporary, ABIA/ACCA service ones)
  // and 16 base32 characters. Secret access keys are 40 base64 characters with no prefix, so they
  // only count next to a key name that says so.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("AWS access key id")
              .keywords("akia", "asia", "abia", "acca", "a3t")
              .minEntropy(3)
              .regex(
                  "(?:^|[^0-9A-Za-z])(?P<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})"
                      + "(?:[^0-9A-Za-z]|$)"),
          SecretPattern.of("AWS secret access key")
              .keywords("secret_access_key", "secretaccesskey", "secret-access-key", "aws_secret")
              .minEntropy(4)
              .regex(
                  "(?i:(?:aws)?[_-]?secret[_-]?access[_-]?key|aws_secret(?:_key)?)"
                      + "[\\w.-]{0,10}[\"']?\\s{0,3}(?:=|:=|=>|:)\\s{0,3}[\"']?"
                      + "(?P<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"),
          prefixed(
              "Amazon Bedrock API key (long-lived)", 3, "ABSK", "[A-Za-z0-9+/]{109,269}={0,2}"),
          // A short-lived key is "bedrock-api-key-" and a base64 presigned URL of the Bedrock host.
          SecretPattern.of("Amazon Bedrock API key (short-lived)")
              .keywords("bedrock-api-key-")
              .minEntropy(3)
              .regex(
                  "(?P<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]*)"
                      + END));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
