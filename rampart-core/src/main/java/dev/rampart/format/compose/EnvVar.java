package dev.rampart.format.compose;

import dev.rampart.model.Position;
import java.util.Optional;

/**
 * One variable of a service's {@code environment}.
 *
 * @param value the value, interpolated; empty for a bare {@code NAME}, which Compose takes from the
 *     shell's environment
 * @param at where it is written: the key, or the list item
 * @param origin where the value came from; {@link Origin#UNRESOLVED} without a value
 */
public record EnvVar(String name, Optional<String> value, Position at, Origin origin) {

  /** The value when it is known: written, defaulted or from the {@code .env}. */
  public Optional<String> known() {
    return origin == Origin.UNRESOLVED ? Optional.empty() : value;
  }

  /** The value when it is written into the Compose file itself, literally or as a default. */
  public Optional<String> inFile() {
    return origin.inFile() ? value : Optional.empty();
  }
}
