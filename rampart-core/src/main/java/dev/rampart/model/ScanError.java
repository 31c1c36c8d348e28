package dev.rampart.model;

/**
 * A file, or part of one, that could not be checked. Errors are never silent: they appear in every
 * report and make the exit code non-zero unless the user allows them.
 *
 * @param line 1-based line the problem is at, or 0 when it concerns the whole file
 */
public record ScanError(String path, int line, String message) {

  public static ScanError ofFile(String path, String message) {
    return new ScanError(path, 0, message);
  }
}
