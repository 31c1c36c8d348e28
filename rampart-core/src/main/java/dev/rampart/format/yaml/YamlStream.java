package dev.rampart.format.yaml;

import java.util.List;

/** The documents of a YAML file that could be read, in order. */
public record YamlStream(List<YamlDocument> documents) {

  public YamlStream {
    documents = List.copyOf(documents);
  }
}
