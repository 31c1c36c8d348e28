package dev.rampart.format.dockerfile;

import dev.rampart.model.Position;

/**
 * An instruction flag such as {@code --from=build} or {@code --mount=type=cache,target=/root}.
 *
 * @param name without the dashes: {@code from}
 * @param value after {@code =}, unquoted; empty for a bare flag such as {@code --link}
 */
public record Flag(String name, String value, Position position) {}
