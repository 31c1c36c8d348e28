package dev.rampart.parse;

/**
 * Turns a file's text into a typed model whose nodes know their positions. A parser never throws
 * for bad input: it records a {@link ParseProblem} and recovers.
 */
@FunctionalInterface
public interface Parser<M> {
  Parsed<M> parse(SourceText source);
}
