package dev.rampart.check;

import dev.rampart.model.ScanError;
import java.util.List;

/**
 * What a format reports once every file of it in the scan is in: the inputs it found but cannot
 * check as they are, such as a Helm chart whose templates must be rendered first. They are errors
 * of the scan, like a file that could not be parsed, never findings: nothing was checked.
 */
@FunctionalInterface
public interface ScanProblems<M> {
  List<ScanError> of(ParsedFiles<M> files);
}
