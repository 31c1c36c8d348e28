package dev.rampart.format.requirements;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * One requirement of a pip requirements file, as pip reads it.
 *
 * @param position where it starts: its name, or its URL or path
 * @param name the project name, or empty for a bare URL or path
 * @param specifiers its version clauses, such as {@code >=2.0} and {@code <3}
 * @param url its direct reference ({@code name @ url}, a bare URL, {@code -e git+...}), if any
 * @param local whether it is a local path (a folder or an archive on disk), not a published release
 * @param hashed whether a {@code --hash} option fixes the artifacts pip may install for it
 */
public record Requirement(
    Position position,
    Optional<String> name,
    List<Specifier> specifiers,
    Optional<String> url,
    boolean local,
    boolean hashed) {

  public Requirement {
    specifiers = List.copyOf(specifiers);
  }

  /** One version clause: {@code ==} and {@code 2.0.1}. */
  public record Specifier(String operator, String version) {
    @Override
    public String toString() {
      return operator + version;
    }
  }
}
