package dev.rampart.parse;

/**
 * The "parser" of a format decided and read from the path alone: it makes the model from what the
 * walk knows of the entry, never from its content.
 */
@FunctionalInterface
public interface PathReader<M> {
  M read(FileFacts facts);
}
