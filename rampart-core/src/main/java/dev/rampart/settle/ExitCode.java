package dev.rampart.settle;

import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;

/** The process exit codes of product.md, decided from a settled result. */
public final class ExitCode {
  /** Nothing at or above the threshold, and no errors (or errors allowed). */
  public static final int CLEAN = 0;

  /** Findings at or above the threshold, or files that could not be checked. */
  public static final int FINDINGS = 1;

  /** A usage error, or a failure that prevented the scan. */
  public static final int FAILURE = 2;

  private ExitCode() {}

  public static int of(ScanResult result, Severity failOn, boolean allowErrors) {
    boolean failing = result.findings().stream().anyMatch(f -> f.severity().atLeast(failOn));
    boolean unchecked = !result.errors().isEmpty() && !allowErrors;
    return failing || unchecked ? FINDINGS : CLEAN;
  }
}
