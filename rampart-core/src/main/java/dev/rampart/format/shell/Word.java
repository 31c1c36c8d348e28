package dev.rampart.format.shell;

import dev.rampart.model.Position;

/**
 * One shell word.
 *
 * @param text the word after quote removal ({@code "a b"} becomes {@code a b}); variables are kept
 *     as written ({@code $HOME})
 * @param raw the word exactly as written, quotes included
 * @param position where the word starts in the file
 */
public record Word(String text, String raw, Position position) {}
