package dev.rampart.secrets;

import java.util.List;

/** The secrets found in one file: the "parsed model" that secret rules read. */
public record SecretScan(List<SecretMatch> matches) {

  public SecretScan {
    matches = List.copyOf(matches);
  }

  /** The matches of {@code rule}'s patterns that no {@code rampart:allow} comment accepts. */
  public List<SecretMatch> matchesOf(SecretRule rule) {
    if (matches.isEmpty()) {
      return List.of(); // most files: no stream per rule
    }
    return matches.stream().filter(m -> m.rule() == rule && m.allowedBecause().isEmpty()).toList();
  }

  /** The matches of {@code rule}'s patterns that a {@code rampart:allow} comment accepts. */
  public List<SecretMatch> allowedOf(SecretRule rule) {
    if (matches.isEmpty()) {
      return List.of();
    }
    return matches.stream()
        .filter(m -> m.rule() == rule && m.allowedBecause().isPresent())
        .toList();
  }
}
