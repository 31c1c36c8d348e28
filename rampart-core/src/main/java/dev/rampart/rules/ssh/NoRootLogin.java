package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.SshdConfig;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-SSH-004",
    title = "sshd lets root log in with a key at most",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "root exists on every host, so a password login for it is the first account every"
            + " scanner guesses, and a login as root leaves no trace of who it was."
            + " `PermitRootLogin yes` allows root in with a password; `forced-commands-only`"
            + " still logs in as root, with keys tied to commands. `no` and `prohibit-password`"
            + " (sshd's default since OpenSSH 7.0; `without-password` is its older name) pass.",
    remediation =
        "Write `PermitRootLogin no` and log in as a named user who uses `sudo`; where root must"
            + " log in (a rescue path), `PermitRootLogin prohibit-password` with a key.",
    references = {"https://man.openbsd.org/sshd_config#PermitRootLogin"})
public final class NoRootLogin implements Check<ParsedFiles<SshdConfig>> {
  private static final Set<String> ALLOWED = Set.of("no", "prohibit-password", "without-password");

  @Override
  public void check(ParsedFiles<SshdConfig> files, Findings out) {
    SshdValues.judge(
        files,
        out,
        "PermitRootLogin",
        "prohibit-password",
        (setup, value) -> !ALLOWED.contains(value.value()),
        value ->
            SshdValues.setting(value, "PermitRootLogin")
                + (value.value().equals("yes")
                    ? " lets root log in over SSH, with a password too."
                    : " lets root log in over SSH."));
  }
}
