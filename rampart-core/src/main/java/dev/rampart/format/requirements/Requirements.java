package dev.rampart.format.requirements;

import java.util.List;

/**
 * A pip requirements file ({@code requirements.txt}).
 *
 * @param requirements what it asks pip to install, in order
 * @param constrained whether it includes a constraints file ({@code -c}), whose pins then apply to
 *     its requirements
 */
public record Requirements(List<Requirement> requirements, boolean constrained) {

  public Requirements {
    requirements = List.copyOf(requirements);
  }
}
