package dev.rampart.format.settings;

import dev.rampart.model.Position;
import dev.rampart.secrets.SecretNames;
import java.util.regex.Pattern;

/**
 * One key and its value in a settings file, whatever its syntax: {@code DEBUG=true} in a dotenv
 * file, {@code logging.level.root: debug} in YAML, {@code "Cors": {"Origins": "*"}} in JSON.
 *
 * @param key the key path as written, its parts joined by {@code .} ({@code database.sslmode},
 *     {@code DEBUG}); an item of a list has its list's key
 * @param value the value as text, quotes removed; {@code ${...}} references are kept as written
 * @param position where the key is written
 * @param valuePosition where the value starts
 */
public record Setting(String key, String value, Position position, Position valuePosition) {
  private static final Pattern INDEX = Pattern.compile("\\[\\d*]");

  /**
   * The key as one variable name, the spelling the classifiers of {@code envvars} read: {@code
   * logging.level.root} and {@code cors.allowed-origins[0]} become {@code LOGGING_LEVEL_ROOT} and
   * {@code CORS_ALLOWED_ORIGINS}.
   */
  public String name() {
    return SecretNames.normalise(INDEX.matcher(key).replaceAll(""));
  }

  /** The last part of the key as a variable name: {@code NODE_ENV} for {@code env.NODE_ENV}. */
  public String lastName() {
    String plain = INDEX.matcher(key).replaceAll("");
    return SecretNames.normalise(plain.substring(plain.lastIndexOf('.') + 1));
  }
}
