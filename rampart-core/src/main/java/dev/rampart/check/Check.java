package dev.rampart.check;

/**
 * A rule's logic: a pure function from a parsed model to findings. It never opens files, parses or
 * formats output, so it is trivially testable and safe to run in parallel.
 *
 * @param <M> the parsed model of the format the rule reads
 */
@FunctionalInterface
public interface Check<M> {
  void check(M model, Findings out);
}
