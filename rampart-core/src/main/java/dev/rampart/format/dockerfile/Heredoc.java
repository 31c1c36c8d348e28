package dev.rampart.format.dockerfile;

import dev.rampart.model.Position;

/**
 * A here-document attached to an instruction: {@code RUN <<EOF ... EOF}.
 *
 * @param delimiter the closing word, without quotes
 * @param body the lines between the opening and the delimiter, joined with {@code \n}
 * @param bodyStart position of the first body line
 * @param chompTabs true for {@code <<-EOF}, which strips leading tabs
 * @param quoted true when the delimiter was quoted, so variables in the body are not expanded
 */
public record Heredoc(
    String delimiter, String body, Position bodyStart, boolean chompTabs, boolean quoted) {}
