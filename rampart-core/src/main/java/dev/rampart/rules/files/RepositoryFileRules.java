package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.files.RepositoryFile;
import java.util.List;

/** Rules about which files are committed at all. A new rule is one class here and one line. */
public final class RepositoryFileRules {
  private RepositoryFileRules() {}

  public static List<Check<RepositoryFile>> all() {
    return List.of(new NoKeyStoreCommitted());
  }

  /** The rules that read every entry of the scan at once. */
  public static List<Check<ParsedFiles<RepositoryFile>>> scanWide() {
    return List.of();
  }
}
