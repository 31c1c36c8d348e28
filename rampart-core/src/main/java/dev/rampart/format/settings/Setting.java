package dev.rampart.format.settings;

import dev.rampart.envvars.Environment;
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
 * @param scope the environment the part of the file that holds it is for, whatever the file's path
 *     says: a section named after one ({@code production:} in Rails' {@code config/database.yml}),
 *     or a YAML document of a Spring profile ({@code spring.config.activate.on-profile: prod});
 *     {@link Environment#UNKNOWN} for the rest
 */
public record Setting(
    String key, String value, Position position, Position valuePosition, Environment scope) {
  private static final Pattern INDEX = Pattern.compile("\\[\\d*]");

  /** A setting of no particular part of its file. */
  public Setting(String key, String value, Position position, Position valuePosition) {
    this(key, value, position, valuePosition, Environment.UNKNOWN);
  }

  /** The same setting, for the part of the file that is for {@code scope}. */
  public Setting inScope(Environment scope) {
    return new Setting(key, value, position, valuePosition, scope);
  }

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
