package dev.rampart.settle.config;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import dev.rampart.model.Summary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A project's {@code .rampart.yaml}, validated: what it selects, overrides and excludes, and what
 * it declares for rules that do not read it yet (trusted registries, production paths,
 * attestations).
 *
 * @param source the file it was read from, as the user named it (for messages)
 * @param profile the profile to run when {@code --profile} is not given
 * @param failOn the threshold when {@code --fail-on} is not given
 * @param enable rules to run besides the profile's (such as a profile-only rule)
 * @param disable rules never to run
 * @param severity the severity to report for a rule's findings instead of its own
 * @param exclude gitignore-style patterns, relative to the scanned root, of paths not to read
 * @param trustedRegistries registries whose images count as trusted (validated only, for now)
 * @param productionPaths gitignore-style patterns of settings files that are production (validated
 *     only, for now)
 * @param attestations controls attested by a person (validated only, for now)
 */
public record ProjectConfig(
    String source,
    Optional<String> profile,
    Optional<Severity> failOn,
    Set<String> enable,
    Set<String> disable,
    Map<String, Severity> severity,
    List<String> exclude,
    List<String> trustedRegistries,
    List<String> productionPaths,
    List<Attestation> attestations) {

  /** The configuration of a project without {@code .rampart.yaml}. */
  public static final ProjectConfig NONE =
      new ProjectConfig(
          "",
          Optional.empty(),
          Optional.empty(),
          Set.of(),
          Set.of(),
          Map.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  public ProjectConfig {
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    severity = Map.copyOf(severity);
    exclude = List.copyOf(exclude);
    trustedRegistries = List.copyOf(trustedRegistries);
    productionPaths = List.copyOf(productionPaths);
    attestations = List.copyOf(attestations);
  }

  /**
   * The rules to run: those {@code profile} selects and those enabled here, less those disabled.
   */
  public Predicate<RuleInfo> select(Predicate<RuleInfo> profile) {
    return rule ->
        !disable.contains(rule.id()) && (enable.contains(rule.id()) || profile.test(rule));
  }

  /**
   * {@code result} with the severities of {@code rules.severity} on its findings, and its summary
   * counted again, so that every renderer and the exit code see the same severity.
   */
  public ScanResult overrideSeverities(ScanResult result) {
    if (severity.isEmpty()) {
      return result;
    }
    List<Finding> findings =
        result.findings().stream()
            .map(
                f -> {
                  Severity override = severity.get(f.ruleId());
                  return override == null || override == f.severity()
                      ? f
                      : new Finding(
                          f.ruleId(),
                          f.title(),
                          override,
                          f.controls(),
                          f.aliases(),
                          f.path(),
                          f.line(),
                          f.column(),
                          f.object(),
                          f.message(),
                          f.remediation(),
                          f.fingerprint(),
                          f.commit());
                })
            .toList();
    return new ScanResult(
        result.toolVersion(),
        findings,
        result.suppressed(),
        Summary.of(findings),
        result.errors(),
        result.stats(),
        result.baselined());
  }

  /**
   * A control that files cannot show (such as an incident response plan), attested by a person.
   *
   * @param control the control's id in the catalog
   * @param by who attests it
   * @param date when, as {@code YYYY-MM-DD}
   * @param evidence a link to the evidence
   * @param expires when the attestation lapses, if it does
   */
  public record Attestation(
      String control,
      String by,
      java.time.LocalDate date,
      String evidence,
      Optional<java.time.LocalDate> expires) {}
}
