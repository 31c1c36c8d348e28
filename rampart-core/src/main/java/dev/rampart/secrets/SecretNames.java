package dev.rampart.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a variable or key name announces a secret value: {@code DB_PASSWORD}, {@code
 * GITHUB_TOKEN}, {@code stripe-api-key}, {@code jwtSecret}. The name must end with the secret word,
 * so {@code PASSWORD_FILE}, {@code TOKEN_URL} and {@code AUTH_ENABLED} name something about a
 * secret, not the secret itself.
 */
public final class SecretNames {
  // Words that end a secret's name only at a word boundary: MY_API_KEY, but not MONKEY.
  private static final List<String> WHOLE_WORD_ENDINGS =
      List.of(
          "API_KEY",
          "APIKEY",
          "ACCESS_KEY",
          "SECRET_KEY",
          "SECRET_KEY_BASE",
          "PRIVATE_KEY",
          "ENCRYPTION_KEY",
          "SIGNING_KEY",
          "MASTER_KEY",
          "APP_KEY",
          "AUTH_KEY",
          "CREDENTIALS",
          "CREDENTIAL",
          "AUTH",
          "PASSPHRASE",
          "PWD");

  // Words that end a secret's name even when glued to what precedes them: PGPASSWORD, HTPASSWD.
  private static final List<String> ANY_ENDINGS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN");

  // Names that end like a secret but hold where or what it is, never its value.
  private static final List<String> NOT_SECRET_ENDINGS =
      List.of(
          "_FILE",
          "_PATH",
          "_DIR",
          "_URL",
          "_URI",
          "_ENDPOINT",
          "_HEADER",
          "_NAME",
          "_USER",
          "_USERNAME");

  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
  private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

  private SecretNames() {}

  /** True when {@code name} says its value is a secret. */
  public static boolean isSecretName(String name) {
    String normal = normalise(name);
    if (normal.isEmpty() || NOT_SECRET_ENDINGS.stream().anyMatch(normal::endsWith)) {
      return false;
    }
    for (String word : WHOLE_WORD_ENDINGS) {
      if (normal.endsWith("_" + word)) {
        return true;
      }
      // A bare PWD is the shell's working directory, not a password.
      if (normal.equals(word) && !word.equals("PWD")) {
        return true;
      }
    }
    return ANY_ENDINGS.stream().anyMatch(normal::endsWith);
  }

  /** {@code jwtSecret}, {@code jwt-secret} and {@code JWT_SECRET} all become {@code JWT_SECRET}. */
  public static String normalise(String name) {
    String words = CAMEL_BOUNDARY.matcher(name.strip()).replaceAll("_");
    words = SEPARATORS.matcher(words).replaceAll("_");
    words = EDGE_UNDERSCORES.matcher(words).replaceAll("");
    return words.toUpperCase(Locale.ROOT);
  }
}
