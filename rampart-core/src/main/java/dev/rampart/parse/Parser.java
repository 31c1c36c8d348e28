package dev.rampart.parse;

/**
 * Turns a file's text into a typed model whose nodes know their positions. A parser never throws
 * for bad input: it records a {@link ParseProblem} and recovers.
 */
@FunctionalInterface
public interface Parser<M> {
  Parsed<M> parse(SourceText source);

  /**
   * Parses {@code source}, which may refer to other files of the scanned tree (a Compose file's
   * {@code .env}, an included file), read through {@code tree}. Most formats need none, and parse
   * as {@link #parse(SourceText)} does.
   */
  default Parsed<M> parse(SourceText source, SourceTree tree) {
    return parse(source);
  }
}
