package dev.rampart.settle;

import dev.rampart.model.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A named selection of rules ({@code --profile NAME}). Rules say which profiles they belong to in
 * their {@code @Rule} metadata, so a profile is only a name, a description and that membership (or,
 * for {@code default} and {@code guides}, a predicate over it).
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

  /**
   * Every control the security guides ask for (the control catalog): every default rule, and the
   * Pod Security Standard "restricted" checks, which the guides ask namespaces to enforce. Where a
   * default rule and a PSS check judge the same setting, both report it.
   */
  public static final Profile GUIDES =
      new Profile(
          "guides",
          "Every control of the security guides (the control catalog): the default rules and the"
              + " Pod Security Standard \"restricted\" checks the guides ask namespaces to enforce.",
          rule -> rule.enabledByDefault() || rule.profiles().contains(PSS_RESTRICTED.name()));

  /**
   * The rules that check a recommendation of the CIS Docker Benchmark v1.6.0, sections 4 and 5;
   * each names its recommendations as {@code cis-docker:} aliases, titled in {@link CisDocker}.
   */
  public static final Profile CIS_DOCKER =
      member(
          "cis-docker",
          "The Dockerfile and Compose rules that check a recommendation of the CIS Docker"
              + " Benchmark v"
              + CisDocker.VERSION
              + " (4, Container Images and Build File; 5, Container Runtime), named in their"
              + " aliases.");

  private static Profile member(String name, String description) {
    return new Profile(name, description, rule -> rule.profiles().contains(name));
  }

  /** Every profile, the default first. */
  public static List<Profile> all() {
    return List.of(DEFAULT, GUIDES, PSS_BASELINE, PSS_RESTRICTED, CIS_DOCKER);
  }

  public static Optional<Profile> named(String name) {
    return all().stream().filter(profile -> profile.name().equals(name)).findFirst();
  }
}
