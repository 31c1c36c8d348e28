package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/** A mapping, its entries in the order written. Keys are unique: the parser keeps the last. */
public record YamlMapping(Position position, List<YamlEntry> entries) implements YamlNode {

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The entry whose scalar key is {@code key}. */
  public Optional<YamlEntry> entry(String key) {
    for (YamlEntry entry : entries) {
      if (entry.name().filter(key::equals).isPresent()) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  @Override
  public Optional<YamlMapping> asMapping() {
    return Optional.of(this);
  }
}
