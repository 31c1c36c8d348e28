package dev.rampart.format.dockerfile;

import java.util.Optional;

/**
 * An image reference, {@code [registry/]repository[:tag][@digest]}, as Docker and Kubernetes read
 * it: the image a {@code FROM} names after {@code ARG} substitution, or a container's {@code
 * image}.
 *
 * @param raw as written in the file
 * @param resolved after substituting {@code ARG}s declared before the first {@code FROM}
 * @param registry such as {@code ghcr.io}; empty for Docker Hub
 * @param repository such as {@code library/debian} or {@code debian}, as written
 * @param tag empty when untagged
 * @param digest such as {@code sha256:...}; empty when not pinned by digest
 * @param unresolved true when a variable could not be substituted, so pinning cannot be judged
 */
public record ImageRef(
    String raw,
    String resolved,
    Optional<String> registry,
    String repository,
    Optional<String> tag,
    Optional<String> digest,
    boolean unresolved) {

  /** A reference written literally, with nothing to substitute: a container's {@code image}. */
  public static ImageRef of(String reference) {
    return parse(reference, reference, false);
  }

  /**
   * Parses {@code [registry/]repository[:tag][@digest]}. The first path component is a registry
   * when it has a dot or a port, or is {@code localhost}; a colon after the last slash starts the
   * tag, so {@code host:5000/app} has a registry and no tag.
   */
  public static ImageRef parse(String raw, String resolved, boolean unresolved) {
    String name = resolved;
    Optional<String> digest = Optional.empty();
    int at = name.indexOf('@');
    if (at >= 0) {
      digest = nonEmpty(name.substring(at + 1));
      name = name.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
      tag = nonEmpty(name.substring(colon + 1));
      name = name.substring(0, colon);
    }
    Optional<String> registry = Optional.empty();
    int slash = name.indexOf('/');
    if (slash > 0) {
      String first = name.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = Optional.of(first);
        name = name.substring(slash + 1);
      }
    }
    return new ImageRef(raw, resolved, registry, name, tag, digest, unresolved);
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** True for {@code FROM scratch}, the empty image. */
  public boolean isScratch() {
    return resolved.equals("scratch");
  }
}
