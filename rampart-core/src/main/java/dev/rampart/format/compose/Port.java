package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a service's {@code ports}: {@code "8080"}, {@code "8080:80"}, {@code
 * "127.0.0.1:5432:5432/tcp"}, {@code "[::1]:6379:6379"}, {@code "9000-9010:9000-9010"}, or the long
 * syntax {@code {target, published, host_ip, protocol}}.
 *
 * @param hostIp the host address it is published on; empty for every interface
 * @param published the host port or range; empty for an ephemeral port
 * @param target the container port or range
 */
public record Port(
    Position at,
    Optional<String> hostIp,
    Optional<String> published,
    String target,
    String protocol) {
  // [host_ip:][published:]target[/protocol]; host_ip may be an IPv6 address in brackets.
  private static final Pattern SHORT =
      Pattern.compile(
          "(?:(\\[[0-9A-Fa-f:.]*]|[0-9.]+|[^:\\[\\]/]*[^0-9:\\[\\]/][^:\\[\\]/]*):)?"
              + "(?:([0-9]*(?:-[0-9]+)?):)?([0-9]+(?:-[0-9]+)?)(?:/([a-zA-Z]+))?");

  static Optional<Port> of(YamlNode item) {
    Optional<String> text = item.asText();
    if (text.isPresent()) {
      return parse(item.position(), text.get().strip());
    }
    return item.asMapping()
        .flatMap(
            mapping -> {
              Optional<String> target = mapping.get("target").flatMap(YamlNode::asText);
              if (target.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Port(
                      item.position(),
                      mapping
                          .get("host_ip")
                          .flatMap(YamlNode::asText)
                          .map(String::strip)
                          .filter(s -> !s.isEmpty()),
                      mapping
                          .get("published")
                          .flatMap(YamlNode::asText)
                          .map(String::strip)
                          .filter(s -> !s.isEmpty()),
                      target.get().strip(),
                      mapping.get("protocol").flatMap(YamlNode::asText).orElse("tcp")));
            });
  }

  private static Optional<Port> parse(Position at, String text) {
    Matcher m = SHORT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<String> host = Optional.ofNullable(m.group(1)).filter(s -> !s.isEmpty());
    Optional<String> published = Optional.ofNullable(m.group(2)).filter(s -> !s.isEmpty());
    // "host:port" with one colon: the first part is the published port, not an address.
    if (published.isEmpty() && host.isPresent() && host.get().matches("[0-9]+(?:-[0-9]+)?")) {
      published = host;
      host = Optional.empty();
    }
    return Optional.of(
        new Port(at, host, published, m.group(3), Optional.ofNullable(m.group(4)).orElse("tcp")));
  }

  /**
   * True when it is published on every interface of the host: no host address, or {@code 0.0.0.0}
   * or {@code ::}. A port with neither host address nor published port is still published, on an
   * ephemeral port of every interface.
   */
  public boolean onEveryInterface() {
    return hostIp
        .map(ip -> ip.replace("[", "").replace("]", ""))
        .map(ip -> ip.equals("0.0.0.0") || ip.equals("::"))
        .orElse(true);
  }

  /**
   * True when it is published on a loopback address only ({@code 127.x}, {@code ::1}, localhost).
   */
  public boolean onLoopback() {
    return hostIp
        .map(ip -> ip.replace("[", "").replace("]", ""))
        .map(ip -> ip.startsWith("127.") || ip.equals("::1") || ip.equals("localhost"))
        .orElse(false);
  }

  /** True when the container port, or its range, includes {@code port}. */
  public boolean targets(long port) {
    int dash = target.indexOf('-');
    OptionalLong low = number(dash < 0 ? target : target.substring(0, dash));
    OptionalLong high = number(dash < 0 ? target : target.substring(dash + 1));
    return low.isPresent()
        && high.isPresent()
        && low.getAsLong() <= port
        && port <= high.getAsLong();
  }

  /** The first container port, when it is a number. */
  public OptionalLong firstTarget() {
    return first(target);
  }

  /** The first published port, when it is written and is a number. */
  public OptionalLong firstPublished() {
    return published.map(Port::first).orElse(OptionalLong.empty());
  }

  private static OptionalLong first(String range) {
    int dash = range.indexOf('-');
    return number(dash < 0 ? range : range.substring(0, dash));
  }

  private static OptionalLong number(String text) {
    try {
      return OptionalLong.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** As written in short syntax, for messages: {@code 0.0.0.0:5432:5432}. */
  public String describe() {
    return hostIp.map(ip -> ip + ":").orElse("") + published.map(p -> p + ":").orElse("") + target;
  }
}
