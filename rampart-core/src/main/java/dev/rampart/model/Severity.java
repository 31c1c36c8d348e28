package dev.rampart.model;

import java.util.Locale;

/** How much a finding matters, from most to least severe. */
public enum Severity {
  CRITICAL(9.5),
  HIGH(8.0),
  MEDIUM(5.5),
  LOW(3.0),
  INFO(0.0);

  private final double securityScore;

  Severity(double securityScore) {
    this.securityScore = securityScore;
  }

  /** True when this severity is the same as or more severe than {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** The lower-case name used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The CVSS-like score GitHub code scanning reads from SARIF's {@code security-severity}. */
  public double securityScore() {
    return securityScore;
  }

  /** Parses a label such as {@code high}, ignoring case. */
  public static Severity parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
