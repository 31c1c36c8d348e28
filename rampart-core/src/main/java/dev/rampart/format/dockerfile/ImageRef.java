package dev.rampart.format.dockerfile;

import java.util.Optional;

/**
 * The image a {@code FROM} names, after {@code ARG} substitution.
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

  /** True for {@code FROM scratch}, the empty image. */
  public boolean isScratch() {
    return resolved.equals("scratch");
  }
}
