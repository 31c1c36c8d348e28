package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.Optional;

/**
 * One document of a YAML stream.
 *
 * @param position where the document starts (its {@code ---}, or its first node)
 * @param root its content; empty for an empty document
 */
public record YamlDocument(Position position, Optional<YamlNode> root) {}
