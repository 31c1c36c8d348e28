package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.SecurityPolicy;
import java.util.List;

/**
 * Rules about the repository's files: which are committed, ignored, readable by whom, and which are
 * missing. A new rule is one class here and one line.
 */
public final class RepositoryFileRules {
  private RepositoryFileRules() {}

  /** The rules that read one entry (a file or a directory) at a time, from its path alone. */
  public static List<Check<RepositoryFile>> all() {
    return List.of(
        new NoKeyStoreCommitted(),
        new EnvFileNotTracked(),
        new EnvFileIgnored(),
        new SecretFilePermissions(),
        new DataDirectoryPermissions());
  }

  /** The rules that read every entry of the scan at once. */
  public static List<Check<ParsedFiles<RepositoryFile>>> scanWide() {
    return List.of(new SecurityPolicyPresent(), new DependenciesLocked());
  }

  /** The rules that read a security policy's text. */
  public static List<Check<SecurityPolicy>> securityPolicy() {
    return List.of(new SecurityPolicyHasPrivateChannel());
  }
}
