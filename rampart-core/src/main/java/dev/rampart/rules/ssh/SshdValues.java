package dev.rampart.rules.ssh;

import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.ssh.SshdConfig;
import dev.rampart.format.ssh.SshdSetup;
import dev.rampart.format.ssh.SshdSetup.Effective;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** How the sshd_config rules judge one keyword in every setup of the scan. */
final class SshdValues {
  private SshdValues() {}

  /**
   * Reports each value of {@code keyword} in effect (sshd's {@code defaultValue} when it is set
   * nowhere) that {@code bad} rejects, once per line however many main files include it.
   */
  static void judge(
      ParsedFiles<SshdConfig> files,
      Findings out,
      String keyword,
      String defaultValue,
      BiPredicate<SshdSetup, Effective> bad,
      Function<Effective, String> message) {
    Set<String> reported = new HashSet<>();
    for (SshdSetup setup : SshdSetup.of(files)) {
      for (Effective value : setup.effective(keyword, defaultValue)) {
        if (bad.test(setup, value)
            && reported.add(value.source().path() + ':' + value.position().line())) {
          out.in(value.source()).report(value.position(), message.apply(value));
        }
      }
    }
  }

  /**
   * The subject of a message: the line that sets the value, or that {@code keyword} is set nowhere
   * and sshd's default applies.
   */
  static String setting(Effective value, String keyword) {
    return value
        .directive()
        .map(d -> "`" + d.shown() + "`" + value.scope())
        .orElse(keyword + " is set nowhere, and sshd's default `" + value.value() + "`");
  }
}
