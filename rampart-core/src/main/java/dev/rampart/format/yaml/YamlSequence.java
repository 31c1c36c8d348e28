package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.List;

/** A sequence of nodes. */
public record YamlSequence(Position position, List<YamlNode> items) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
  }
}
