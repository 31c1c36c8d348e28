package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.SshdConfig;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-002",
    title = "sshd does not accept keyboard-interactive logins",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "Keyboard-interactive authentication asks the user questions, and with `UsePAM yes` (as"
            + " Debian, Ubuntu and Fedora ship sshd) the question is the password: turning"
            + " `PasswordAuthentication` off alone still lets passwords in this way. sshd's"
            + " default is `KbdInteractiveAuthentication yes` (`ChallengeResponseAuthentication`"
            + " is its older name, and the first of the two sshd reads wins). Values are read"
            + " as for RA-SSH-001: first value wins, `Match` blocks reported at their line,"
            + " `AuthenticationMethods` that ask for a key first not reported.",
    remediation =
        "Write `KbdInteractiveAuthentication no` near the top of sshd_config, before any"
            + " `Match` block. Keep `UsePAM yes` if you need PAM's account and session checks:"
            + " with both password methods off, PAM no longer asks for a password.",
    references = {
      "https://man.openbsd.org/sshd_config#KbdInteractiveAuthentication",
      "https://man.openbsd.org/sshd_config#UsePAM"
    })
public final class KeyboardInteractiveOff implements Check<ParsedFiles<SshdConfig>> {

  @Override
  public void check(ParsedFiles<SshdConfig> files, Findings out) {
    SshdValues.judge(
        files,
        out,
        "KbdInteractiveAuthentication",
        "yes",
        (setup, value) ->
            !value.value().equals("no") && setup.allowsWithoutKey(value, "keyboard-interactive"),
        value ->
            SshdValues.setting(value, "KbdInteractiveAuthentication")
                + " lets users log in by answering prompts, PAM's password prompt among"
                + " them.");
  }
}
