package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * A service of a Compose file.
 *
 * @param name the key under {@code services:}
 * @param position where the service's name is written
 * @param node the service's mapping, for what the accessors do not cover
 */
public record Service(String name, Position position, YamlMapping node) {

  /** The entry of {@code key}, whose position is the key's. */
  public Optional<YamlEntry> entry(String key) {
    return node.entry(key);
  }

  /** The text of a scalar {@code key}, such as {@code user} or {@code network_mode}. */
  public Optional<String> text(String key) {
    return node.get(key).flatMap(YamlNode::asText);
  }

  /** True when {@code key} is {@code true}, such as {@code privileged} or {@code read_only}. */
  public boolean isTrue(String key) {
    return node.get(key).flatMap(YamlNode::asBoolean).orElse(false);
  }

  /** The image it runs, or names when it is built, as written. */
  public Optional<String> image() {
    return text("image");
  }

  /** True when the service builds its image ({@code build:}) rather than only pulling it. */
  public boolean builds() {
    return node.get("build").filter(build -> !build.isNull()).isPresent();
  }

  /**
   * The items of a list such as {@code cap_add} or {@code security_opt}, each with its position;
   * empty when the key is missing or not a list.
   */
  public List<YamlNode> items(String key) {
    return node.get(key).map(YamlNode::items).orElse(List.of());
  }

  /** For example {@code service web}. */
  public String label() {
    return "service " + name;
  }
}
