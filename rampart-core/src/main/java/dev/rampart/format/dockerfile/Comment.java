package dev.rampart.format.dockerfile;

import dev.rampart.model.Position;

/**
 * A comment line.
 *
 * @param text what follows {@code #}, stripped
 */
public record Comment(String text, Position position) {}
