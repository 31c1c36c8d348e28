package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Rule(
    id = "RA-SEC-023",
    title = "No NuGet API key or feed password is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:nuget-config-password"},
    rationale =
        "A nuget.org API key pushes packages as its owner, and the `ClearTextPassword` of a"
            + " `nuget.config` package source opens a private feed: whoever reads either can read"
            + " private packages or publish a malicious one.",
    remediation =
        "Regenerate or delete the key at nuget.org (API Keys) and rotate the feed's password, then"
            + " keep them out of the file: `dotnet nuget add source ... --password %FEED_TOKEN%`"
            + " at build time, a credential provider, or `%VAR%` references in `nuget.config`"
            + " filled from the CI secret store.",
    references = {
      "https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys",
      "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials"
    })
public final class NuGetCredentials implements SecretRule {
  // The values that Microsoft's nuget.config documentation uses as its examples.
  private static final Set<String> DOCUMENTED_EXAMPLES = Set.of("33f!!lloppa", "hal+9ooo_da!sy");

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // nuget.org keys: "oy2" then 43 lower-case base32 characters.
          SecretPattern.of("NuGet API key")
              .keywords("oy2")
              .minEntropy(3.5)
              .regex("\\b(oy2[a-z0-9]{43})\\b"),
          SecretPattern.of("NuGet package source password")
              .keywords("key=\"cleartextpassword\"", "key=\"password\"")
              .minEntropy(1)
              .inPath(path -> path.toLowerCase(Locale.ROOT).endsWith("nuget.config"))
              .accept(value -> !DOCUMENTED_EXAMPLES.contains(value.toLowerCase(Locale.ROOT)))
              .regex(
                  "(?i)<add\\s+key=\"(?:ClearText)?Password\"\\s+value=\"(?P<secret>[^\"]{8,})\""));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
