package dev.rampart.rules.requirements;

import dev.rampart.check.Check;
import dev.rampart.format.requirements.Requirements;
import java.util.List;

/** Rules over pip requirements files. A new rule is one class here and one line. */
public final class RequirementsRules {
  private RequirementsRules() {}

  public static List<Check<Requirements>> all() {
    return List.of(new RequirementsPinned());
  }
}
