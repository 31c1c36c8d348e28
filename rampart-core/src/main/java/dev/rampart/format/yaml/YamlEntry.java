package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.Optional;

/** One key and its value in a mapping. */
public record YamlEntry(YamlNode key, YamlNode value) {

  /** Where the key starts: the line a finding about this setting points at. */
  public Position position() {
    return key.position();
  }

  /** The key's text when it is a scalar. */
  public Optional<String> name() {
    return key.asText();
  }
}
