package dev.rampart.format.nginx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A context of the configuration ({@code http}, a {@code server}, a {@code location}, an {@code if}
 * in one) with the contexts around it, for nginx's inheritance: a plain directive is inherited from
 * the nearest enclosing context that sets it, while the array directives ({@code add_header},
 * {@code limit_req}, {@code proxy_set_header} ...) are inherited only into a context that sets none
 * of them, so a single {@code add_header} in a {@code location} discards every header of the {@code
 * server}.
 *
 * @param block the directive whose block this is; null for the top of the file
 * @param parent the enclosing context; null at the top
 * @param directives the directives in effect in this context, includes expanded
 */
public record Scope(Directive block, Scope parent, List<Directive> directives) {

  /** The context of {@code directive}'s block, inside this one. */
  public Scope child(Directive directive) {
    return new Scope(directive, this, directive.children());
  }

  /** The contexts of the blocks named {@code name} in this one. */
  public List<Scope> children(String name) {
    List<Scope> scopes = new ArrayList<>();
    for (Directive d : directives) {
      if (d.name().equals(name) && d.hasBlock()) {
        scopes.add(child(d));
      }
    }
    return scopes;
  }

  /** Every {@code location} and {@code if} below this context, nested ones too, outer first. */
  public List<Scope> descendants() {
    List<Scope> all = new ArrayList<>();
    for (Directive d : directives) {
      if ((d.name().equals("location") || d.name().equals("if")) && d.hasBlock()) {
        Scope inner = child(d);
        all.add(inner);
        all.addAll(inner.descendants());
      }
    }
    return all;
  }

  /** This context and every block below it, outer first: for rules that read every context. */
  public List<Scope> walk() {
    List<Scope> all = new ArrayList<>();
    all.add(this);
    for (Directive d : directives) {
      if (d.hasBlock()) {
        all.addAll(child(d).walk());
      }
    }
    return all;
  }

  /** The directives named {@code name} written in this context itself. */
  public List<Directive> own(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).toList();
  }

  /** The value in effect of a plain directive: this context's, or the nearest enclosing one's. */
  public Optional<Directive> inherited(String name) {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      List<Directive> own = scope.own(name);
      if (!own.isEmpty()) {
        return Optional.of(own.get(own.size() - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * The directives in effect of an array directive such as {@code add_header}: those of the nearest
   * context, this one included, that writes any.
   */
  public List<Directive> inheritedArray(String name) {
    return arraySource(name).map(scope -> scope.own(name)).orElse(List.of());
  }

  /** The context whose {@code name} directives are in effect here, if any writes one. */
  public Optional<Scope> arraySource(String name) {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      if (!scope.own(name).isEmpty()) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }

  /**
   * True when an {@code include} in this context or an enclosing one could not be read: what it
   * holds is unknown, so the absence of a directive here proves nothing.
   */
  public boolean hasUnreadInclude() {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      if (scope.own("include").stream().anyMatch(d -> !d.unread().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** The enclosing {@code server}, or this one. */
  public Optional<Scope> server() {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      if (scope.block != null && scope.block.name().equals("server")) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }

  /** For messages: {@code location /api}, {@code server example.com}, {@code http}. */
  public String label() {
    if (block == null) {
      return "the top of the file";
    }
    if (block.name().equals("server")) {
      return own("server_name").stream()
          .flatMap(d -> d.args().stream())
          .findFirst()
          .map(name -> "server " + name)
          .orElse("server at line " + block.at().line());
    }
    return block.text();
  }
}
