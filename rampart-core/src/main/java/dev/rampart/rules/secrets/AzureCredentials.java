package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-003",
    title =
        "No Azure client secret, storage account key or SAS signature is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:azure-ad-client-secret"},
    rationale =
        "An Entra ID (Azure AD) client secret signs in as its application with every permission"
            + " granted to it; a storage account key gives full control of every blob, queue and"
            + " table of the account; a SAS URL grants what its signature allows until it expires."
            + " Anyone who reads the file, its history or a copy of it holds that access.",
    remediation =
        "Delete the client secret under App registrations > Certificates & secrets, rotate the"
            + " storage account key (Access keys > Rotate) which also voids SAS tokens signed with"
            + " it, then use a managed identity or workload identity federation, or read the value"
            + " from Azure Key Vault, instead of the file. Purge it from git history if it was"
            + " committed.",
    references = {
      "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
      "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage",
      "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview"
    })
public final class AzureCredentials implements SecretRule {
  private static final String[] CLIENT_SECRET_MARKERS = {
    "0q~", "1q~", "2q~", "3q~", "4q~", "5q~", "6q~", "7q~", "8q~", "9q~"
  };

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // Client secrets made since 2021: three characters, a digit, "Q~", then 31 to 34 more.
          SecretPattern.of("Azure AD client secret")
              .keywords(CLIENT_SECRET_MARKERS)
              .minEntropy(3)
              .regex(
                  "(?:^|[\\\\'\"`\\s>=:(,)])(?P<secret>[0-9A-Za-z_~.]{3}[0-9]Q~[0-9A-Za-z_~.-]{31,34})"
                      + "(?:[\\\\'\"`\\s<),]|$)"),
          // Storage connection strings: AccountKey= and the 64-byte key in base64 (88 characters).
          SecretPattern.of("Azure storage account key")
              .keywords("accountkey=")
              .minEntropy(4)
              .regex("(?i:AccountKey)=(?P<secret>[A-Za-z0-9+/]{86}==)"),
          // A SAS token: a service version, then the signature, in one query string.
          SecretPattern.of("Azure shared access signature")
              .keywords("sig=")
              .minEntropy(3.5)
              .regex(
                  "[?&]sv=\\d{4}-\\d{2}-\\d{2}&[^\\s\"'<>]*?\\bsig=(?P<secret>[A-Za-z0-9%+/]{40,100})"
                      + "(?:[^A-Za-z0-9%+/]|$)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
