package dev.rampart.parse;

/**
 * Something a parser could not make sense of. The parser skips past it and keeps going, so the rest
 * of the file is still checked; the engine reports each problem in the scan's {@code errors}.
 *
 * @param line 1-based line of the problem, or 0 when it concerns the whole file
 */
public record ParseProblem(int line, String message) {}
