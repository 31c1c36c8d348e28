package dev.rampart.model;

import java.util.List;

/**
 * A requirement the security guides make of a deployment, such as {@code container.non-root}. Rules
 * verify controls; compliance reports are rendered per control.
 *
 * @param verify {@code automated}, {@code probe} or {@code attest}
 */
public record Control(
    String id,
    String title,
    List<String> seeds,
    List<String> targets,
    String verify,
    List<String> refs) {

  public Control {
    seeds = List.copyOf(seeds);
    targets = List.copyOf(targets);
    refs = List.copyOf(refs);
  }
}
