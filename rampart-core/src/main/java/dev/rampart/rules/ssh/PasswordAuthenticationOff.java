package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.SshdConfig;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-001",
    title = "sshd does not accept passwords",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "A server that takes passwords over SSH is guessed at by every scanner on the internet,"
            + " and a reused or leaked password is enough to get in; a key cannot be guessed."
            + " sshd's default is `PasswordAuthentication yes`, so a main sshd_config that does"
            + " not say `no` accepts passwords. The first value sshd reads wins (an included"
            + " `sshd_config.d/*.conf` read before the line counts first), and a `Match` block"
            + " that turns passwords back on for some users or addresses is reported at its line."
            + " Passwords that `AuthenticationMethods` allows only after a key"
            + " (`publickey,password`) are a second factor, and are not reported.",
    remediation =
        "Write `PasswordAuthentication no` near the top of sshd_config (before any `Match`"
            + " block, and check the drop-ins it includes), and remove it from `Match` blocks."
            + " Give every user an Ed25519 key in `authorized_keys` first.",
    references = {
      "https://man.openbsd.org/sshd_config#PasswordAuthentication",
      "https://www.ssh.com/academy/ssh/sshd_config"
    })
public final class PasswordAuthenticationOff implements Check<ParsedFiles<SshdConfig>> {

  @Override
  public void check(ParsedFiles<SshdConfig> files, Findings out) {
    SshdValues.judge(
        files,
        out,
        "PasswordAuthentication",
        "yes",
        (setup, value) -> !value.value().equals("no") && setup.allowsWithoutKey(value, "password"),
        value ->
            SshdValues.setting(value, "PasswordAuthentication")
                + " lets users log in with a password.");
  }
}
