package dev.rampart.format.files;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * What a security policy ({@code SECURITY.md}) offers a reporter.
 *
 * @param privateChannels where it names a private way to report: an e-mail address, GitHub's
 *     private vulnerability reporting, a bug bounty or a security contact page
 * @param publicTracker where it sends reporters to the public issue tracker or discussions, if it
 *     does
 */
public record SecurityPolicy(List<Channel> privateChannels, Optional<Position> publicTracker) {

  public SecurityPolicy {
    privateChannels = List.copyOf(privateChannels);
  }

  /** One private channel the policy names, such as {@code security@example.org}, and where. */
  public record Channel(String kind, Position position) {}
}
