package dev.rampart.rules.nginx;

import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the nginx rules share about servers: their listeners, redirects and response headers. */
final class Servers {
  private static final Pattern LOOPBACK =
      Pattern.compile("(?:127\\.[0-9.]+|\\[::1\\]|localhost)(?::\\d+)?|unix:.*");
  private static final Pattern ACME = Pattern.compile(".*/\\.well-known/acme-challenge.*");

  private Servers() {}

  /**
   * True when the server accepts TLS: a {@code listen ... ssl} or {@code quic}, or {@code ssl on}.
   */
  static boolean isTls(Scope server) {
    return server.own("listen").stream()
            .anyMatch(l -> l.args().contains("ssl") || l.args().contains("quic"))
        || server.own("ssl").stream().anyMatch(d -> d.args().contains("on"));
  }

  /**
   * The listeners of {@code server} that take plain HTTP from other hosts (not loopback or a unix
   * socket); a server with no {@code listen} at all listens on port 80, and answers the server's
   * own directive.
   */
  static List<Directive> plainListeners(Scope server) {
    List<Directive> listens = server.own("listen");
    if (listens.isEmpty()) {
      return server.own("ssl").stream().anyMatch(d -> d.args().contains("on"))
          ? List.of()
          : List.of(server.block());
    }
    List<Directive> plain = new ArrayList<>();
    for (Directive listen : listens) {
      boolean tls = listen.args().contains("ssl") || listen.args().contains("quic");
      boolean local = listen.arg(0).map(a -> LOOPBACK.matcher(a).matches()).orElse(false);
      if (!tls && !local) {
        plain.add(listen);
      }
    }
    return plain;
  }

  /**
   * True when the server sends no content of its own: a {@code return} or a redirecting {@code
   * rewrite} at its top, or every location returning (an ACME challenge location aside).
   */
  static boolean servesNoContent(Scope server) {
    if (!server.own("return").isEmpty()
        || server.own("rewrite").stream().anyMatch(Servers::redirects)) {
      return true;
    }
    List<Scope> locations = server.children("location");
    return !locations.isEmpty()
        && locations.stream()
            .allMatch(
                l ->
                    !l.own("return").isEmpty()
                        || ACME.matcher(String.join(" ", l.block().args())).matches());
  }

  /**
   * True when plain-HTTP requests are sent to HTTPS: as {@link #servesNoContent}, or by an {@code
   * if} at the server's top ({@code if ($scheme = http)}, {@code if ($http_x_forwarded_proto !=
   * https)}) that returns a redirect to {@code https://}.
   */
  static boolean redirectsToHttps(Scope server) {
    if (servesNoContent(server)) {
      return true;
    }
    return server.children("if").stream()
        .flatMap(i -> i.own("return").stream())
        .anyMatch(r -> r.args().stream().anyMatch(a -> a.startsWith("https://")));
  }

  private static boolean redirects(Directive rewrite) {
    return rewrite.args().stream().anyMatch(a -> a.equals("permanent") || a.equals("redirect"))
        || rewrite.arg(1).map(a -> a.startsWith("https://")).orElse(false);
  }

  /**
   * The contexts of {@code server} whose response headers must each be judged: the server itself,
   * and every location or {@code if} below it that writes an {@code add_header} of its own, so
   * replaces the set it would inherit.
   */
  static List<Scope> headerSets(Scope server) {
    List<Scope> sets = new ArrayList<>();
    sets.add(server);
    for (Scope inner : server.descendants()) {
      if (!inner.own("add_header").isEmpty() && inner.own("return").isEmpty()) {
        sets.add(inner);
      }
    }
    return sets;
  }

  /** The {@code add_header} of {@code name} in effect in {@code scope}, if any. */
  static Optional<Directive> header(Scope scope, String name) {
    return scope.inheritedArray("add_header").stream()
        .filter(h -> h.arg(0).map(n -> n.equalsIgnoreCase(name)).orElse(false))
        .reduce((first, second) -> second);
  }

  /**
   * Where {@code name} was set before {@code scope} replaced the headers it inherits: an enclosing
   * context's {@code add_header} of that name that no longer applies here.
   */
  static Optional<Directive> discarded(Scope scope, String name) {
    for (Scope outer = scope.parent(); outer != null; outer = outer.parent()) {
      Optional<Directive> there = header(outer, name);
      if (there.isPresent()) {
        return there;
      }
    }
    return Optional.empty();
  }

  /**
   * Where to report a header missing from {@code scope}: its first own {@code add_header} when it
   * replaces the inherited ones, the server otherwise.
   */
  static Directive anchor(Scope scope) {
    List<Directive> own = scope.own("add_header");
    return own.isEmpty() ? scope.block() : own.get(0);
  }

  /**
   * What a missing header is missing from, for messages: a context that discards an inherited one
   * says which, since that is the surprise.
   */
  static String where(Scope scope, String header) {
    Optional<Directive> lost =
        scope.block().name().equals("server") ? Optional.empty() : discarded(scope, header);
    return lost.map(
            d ->
                scope.label()
                    + " sets headers of its own, and so discards the "
                    + header
                    + " of line "
                    + d.at().line()
                    + (d.source().equals(scope.block().source()) ? "" : " of " + d.source().path())
                    + ": nginx inherits add_header only into a context that sets none.")
        .orElse(scope.label() + " sends no " + header + ".");
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
