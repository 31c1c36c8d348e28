package dev.rampart.settle;

import dev.rampart.model.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A named selection of rules ({@code --profile NAME}). Rules say which profiles they belong to in
 * their {@code @Rule} metadata, so a profile is only a name, a description and that membership.
 */
public record Profile(String name, String description, Predicate<RuleInfo> selects) {

  /** What runs without {@code --profile}: every rule not marked as profile-only. */
  public static final Profile DEFAULT =
      new Profile("default", "Every rule that runs by default.", RuleInfo::enabledByDefault);

  public static final Profile PSS_BASELINE =
      member(
          "pss-baseline",
          "Exactly the checks of the Kubernetes Pod Security Standard \"baseline\" (latest"
              + " version), with the verdicts of Kubernetes' own admission controller.");

  public static final Profile PSS_RESTRICTED =
      member(
          "pss-restricted",
          "Exactly the checks of the Kubernetes Pod Security Standard \"restricted\" (latest"
              + " version, which includes baseline), with the verdicts of Kubernetes' own admission"
              + " controller.");

  private static Profile member(String name, String description) {
    return new Profile(name, description, rule -> rule.profiles().contains(name));
  }

  /** Every profile, the default first. */
  public static List<Profile> all() {
    return List.of(DEFAULT, PSS_BASELINE, PSS_RESTRICTED);
  }

  public static Optional<Profile> named(String name) {
    return all().stream().filter(profile -> profile.name().equals(name)).findFirst();
  }
}
