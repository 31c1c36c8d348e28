package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-015",
    title = "No Groq API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {},
    rationale =
        "A Groq API key runs inference on the account and bills it. Whoever reads the file, its"
            + " history or a copy of it can use it until the key is deleted.",
    remediation =
        "Delete the key at console.groq.com/keys, then read a new one from the environment"
            + " (GROQ_API_KEY) or a secret store instead of the file. Purge it from git history if"
            + " it was committed.",
    references = {"https://console.groq.com/docs/quickstart"})
public final class GroqKeys implements SecretRule {
  // gsk_ and 52 base62 characters.
  private static final List<SecretPattern> PATTERNS =
      List.of(prefixed("Groq API key", 3.5, "gsk_", "[0-9A-Za-z]{52}"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
