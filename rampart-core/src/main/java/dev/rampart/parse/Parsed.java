package dev.rampart.parse;

import java.util.List;

/** A parsed model together with the problems met while building it. */
public record Parsed<M>(M model, List<ParseProblem> problems) {

  public Parsed {
    problems = List.copyOf(problems);
  }

  public static <M> Parsed<M> clean(M model) {
    return new Parsed<>(model, List.of());
  }
}
