package dev.rampart.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secrets that sign or encrypt ({@code JWT_SECRET}, {@code SECRET_KEY}, {@code SESSION_SECRET},
 * {@code ENCRYPTION_KEY}, {@code SIGNING_KEY}, {@code COOKIE_SECRET}, {@code APP_KEY}, {@code
 * WEBHOOK_HMAC_KEY}), and whether one is too weak to do it. Unlike a password or a provider's
 * token, such a key is chosen by whoever deploys, so it is often a short word or a framework's
 * default; and whoever guesses it forges sessions and tokens, or decrypts what it protects.
 */
public final class SigningSecrets {
  /** A random key of this many characters (about 190 bits as base64) resists guessing. */
  public static final int MIN_LENGTH = 32;

  /** Below this many bits per character a value of words or repeats is no random key. */
  static final double MIN_BITS_PER_CHAR = 3.0;

  // The name ends with one of these, after a separator or as the whole name: JWT_SECRET,
  // DJANGO_SECRET_KEY, jwtSigningKey, WEBHOOK_HMAC_KEY.
  private static final List<String> ENDINGS =
      List.of(
          "JWT_SECRET",
          "JWT_KEY",
          "JWT_SIGNING_KEY",
          "SECRET_KEY",
          "SECRET_KEY_BASE",
          "SESSION_SECRET",
          "SESSION_KEY",
          "COOKIE_SECRET",
          "COOKIE_KEY",
          "ENCRYPTION_KEY",
          "ENCRYPTION_SECRET",
          "SIGNING_KEY",
          "SIGNING_SECRET",
          "APP_KEY",
          "APP_SECRET",
          "AUTH_SECRET",
          "HMAC_KEY",
          "HMAC_SECRET",
          "MASTER_KEY");

  // Values that a template engine or the kubelet substitutes before the key is used: ${VAR},
  // {{ .Values.key }}, <%= key %>, $(OTHER_VAR). They are not the key and are not judged.
  private static final Pattern SUBSTITUTED =
      Pattern.compile("\\$\\{[^}]*}|\\{\\{.*?}}|<%.*?%>|\\$\\([A-Za-z_][\\w.-]*\\)");

  private SigningSecrets() {}

  /** True when {@code name} (any spelling: jwtSecret, jwt-secret) names a signing secret. */
  public static boolean isSigningSecretName(String name) {
    String normal = SecretNames.normalise(name);
    return ENDINGS.stream().anyMatch(e -> normal.equals(e) || normal.endsWith("_" + e));
  }

  /**
   * Why {@code value} is too weak for a signing or encryption key, as a phrase ("12 characters,
   * fewer than 32", "a placeholder or a well-known default", "low in entropy, 2.1 bits per
   * character ..."), or empty when it is long and varied enough, empty, or substituted by a
   * template. Never quotes the value.
   */
  public static Optional<String> weakness(String value) {
    String v = value.strip();
    // Empty is no key yet: an overlay or a patch usually fills it.
    if (v.isEmpty() || References.isOnlyReferences(v) || SUBSTITUTED.matcher(v).find()) {
      return Optional.empty();
    }
    if (Placeholders.isPlaceholder(v)) {
      return Optional.of("a placeholder or a well-known default");
    }
    int length = v.codePointCount(0, v.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          length + (length == 1 ? " character" : " characters") + ", fewer than " + MIN_LENGTH);
    }
    double bits = Entropy.of(v);
    if (bits < MIN_BITS_PER_CHAR) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "low in entropy, %.1f bits per character where a random key has over %.0f",
              bits,
              MIN_BITS_PER_CHAR));
    }
    return Optional.empty();
  }

  /** Why a binary key of {@code bytes} bytes is too weak, or empty when it is long enough. */
  public static Optional<String> binaryWeakness(int bytes) {
    return bytes < MIN_LENGTH
        ? Optional.of(bytes + (bytes == 1 ? " byte" : " bytes") + ", fewer than " + MIN_LENGTH)
        : Optional.empty();
  }
}
