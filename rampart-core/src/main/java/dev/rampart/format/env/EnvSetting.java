package dev.rampart.format.env;

import dev.rampart.model.Position;
import java.util.Optional;

/**
 * One {@code NAME=value} line of a dotenv file.
 *
 * @param name the variable's name
 * @param value the value with quotes removed and, in double quotes, escapes applied; {@code ${...}}
 *     references are kept as written, for whoever interpolates them. Empty when the line names a
 *     variable without {@code =}, which Compose reads as "take it from the environment".
 * @param position where the name is written
 * @param valuePosition where the value starts (after the {@code =} and any opening quote)
 * @param quote the quote around the value: {@code '}, {@code "}, or {@code 0} for none
 */
public record EnvSetting(
    String name, Optional<String> value, Position position, Position valuePosition, char quote) {

  /** True when the value was single-quoted, so {@code ${...}} in it is literal text. */
  public boolean literal() {
    return quote == '\'';
  }
}
