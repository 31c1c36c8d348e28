package dev.rampart.rules.secrets;

import dev.rampart.check.Findings;
import dev.rampart.secrets.Redaction;
import dev.rampart.secrets.References;
import dev.rampart.secrets.SecretDetector;
import dev.rampart.secrets.SecretNames;
import dev.rampart.secrets.UrlCredentials;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a named setting, {@code NAME=value}, writes a secret into a file: the environment of a
 * Dockerfile's ENV or ARG, or of a Kubernetes container. One definition serves every format that
 * has such settings, so each reports the same values the same way.
 */
public final class LiteralSecrets {
  private static final Set<String> NOT_SECRET_VALUES =
      Set.of("true", "false", "yes", "no", "on", "off", "none", "null", "nil");

  // A file path, where the secret lives rather than the secret itself: /run/secrets/db.
  private static final Pattern PATH = Pattern.compile("(?:/|\\./|\\.\\./|~/)[\\w./@+-]*");

  private LiteralSecrets() {}

  /**
   * What secret the setting holds, in words with its redacted value: a literal value under a secret
   * name, a provider's token under any name, or a URL with a password. Empty for a value that only
   * refers to a variable, a path, or a word such as {@code true}.
   */
  public static Optional<String> describe(String name, String value) {
    if (!isLiteral(value)) {
      return Optional.empty();
    }
    if (SecretNames.isSecretName(name) && !looksLikePath(value)) {
      return Optional.of("a literal secret value (" + Redaction.redact(value) + ")");
    }
    Optional<SecretDetector.Verdict> token = SecretRules.detector().inspect(value);
    if (token.isPresent()) {
      return Optional.of("a " + token.get().kind() + " (" + token.get().redacted() + ")");
    }
    return UrlCredentials.inlinePassword(value)
        .map(password -> "a URL with a literal password (" + Redaction.redact(password) + ")");
  }

  /** The secret's identity for fingerprints: a hash, never the value itself. */
  public static String identity(String name, String value) {
    return Findings.sha256(name + '\0' + value);
  }

  private static boolean isLiteral(String value) {
    String v = value.strip();
    return !v.isEmpty()
        && !References.isOnlyReferences(v)
        && !NOT_SECRET_VALUES.contains(v.toLowerCase(Locale.ROOT));
  }

  private static boolean looksLikePath(String value) {
    return PATH.matcher(value.strip()).matches();
  }
}
