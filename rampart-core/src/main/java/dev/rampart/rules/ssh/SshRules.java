package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.ssh.SshKeyFile;
import dev.rampart.format.ssh.SshdConfig;
import java.util.List;

/** Rules over sshd_config files and SSH keys. A new rule is one class here and one line. */
public final class SshRules {
  private SshRules() {}

  /**
   * The sshd_config rules (RA-SSH-001..004): they read every sshd file of the scan at once, so that
   * a main file is judged with the drop-ins it includes.
   */
  public static List<Check<ParsedFiles<SshdConfig>>> sshd() {
    return List.of(
        new PasswordAuthenticationOff(),
        new KeyboardInteractiveOff(),
        new NoEmptyPasswords(),
        new NoRootLogin());
  }

  /** The key rules that read one key file at a time (RA-SSH-005, RA-SSH-008). */
  public static List<Check<SshKeyFile>> keys() {
    return List.of(new PrivateKeysHavePassphrase(), new AuthorizedKeysStrong());
  }

  /**
   * The key rules that read every key file of the scan (RA-SSH-006, RA-SSH-007), so that a key and
   * its {@code .pub} beside it are one finding.
   */
  public static List<Check<ParsedFiles<SshKeyFile>>> keysScanWide() {
    return List.of(new NoDsaKeys(), new RsaKeysLongEnough());
  }
}
