package dev.rampart.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The number of findings at each severity. */
public record Summary(int critical, int high, int medium, int low, int info) {

  public static Summary of(Collection<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding finding : findings) {
      counts.merge(finding.severity(), 1, Integer::sum);
    }
    return new Summary(
        counts.getOrDefault(Severity.CRITICAL, 0),
        counts.getOrDefault(Severity.HIGH, 0),
        counts.getOrDefault(Severity.MEDIUM, 0),
        counts.getOrDefault(Severity.LOW, 0),
        counts.getOrDefault(Severity.INFO, 0));
  }

  public int total() {
    return critical + high + medium + low + info;
  }

  public int count(Severity severity) {
    return switch (severity) {
      case CRITICAL -> critical;
      case HIGH -> high;
      case MEDIUM -> medium;
      case LOW -> low;
      case INFO -> info;
    };
  }
}
