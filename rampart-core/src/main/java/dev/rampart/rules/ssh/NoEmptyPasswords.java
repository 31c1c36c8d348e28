package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.SshdConfig;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-003",
    title = "sshd refuses accounts with empty passwords",
    severity = Severity.CRITICAL,
    controls = "ssh.key-only",
    rationale =
        "`PermitEmptyPasswords yes` lets anyone log in to an account whose password is empty,"
            + " with no secret at all, wherever a password method is on (now, or after a later"
            + " change or a `Match` block turns one on). sshd's default is `no`, so only a line"
            + " that says `yes`, globally or in a `Match` block, is reported.",
    remediation =
        "Remove the line or write `PermitEmptyPasswords no`, and lock accounts that have no"
            + " password (`passwd -l USER`).",
    references = {"https://man.openbsd.org/sshd_config#PermitEmptyPasswords"})
public final class NoEmptyPasswords implements Check<ParsedFiles<SshdConfig>> {

  @Override
  public void check(ParsedFiles<SshdConfig> files, Findings out) {
    SshdValues.judge(
        files,
        out,
        "PermitEmptyPasswords",
        "no",
        (setup, value) -> value.value().equals("yes"),
        value ->
            SshdValues.setting(value, "PermitEmptyPasswords")
                + " lets an account with an empty password log in without one.");
  }
}
