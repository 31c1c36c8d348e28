package dev.rampart.format.ssh;

import java.util.List;

/**
 * One sshd_config file, or one drop-in of an {@code sshd_config.d/} directory, as written: its
 * directives in order, {@code Match} and {@code Include} lines among them.
 *
 * @param directives every directive of the file, in order
 * @param dropIn whether the file is a drop-in ({@code sshd_config.d/*.conf}), which sets a few
 *     keywords and leaves the rest to the main file
 */
public record SshdConfig(List<SshdDirective> directives, boolean dropIn) {

  public SshdConfig {
    directives = List.copyOf(directives);
  }
}
