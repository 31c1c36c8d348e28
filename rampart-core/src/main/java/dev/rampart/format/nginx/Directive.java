package dev.rampart.format.nginx;

import dev.rampart.model.Position;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One nginx directive: its name and arguments (quotes removed, escapes resolved, variables kept as
 * written), the file and position it is written at, and the directives of its block when it has
 * one. A block's directives are those in effect there: an {@code include} stays in the list, and
 * the directives of the files it names follow it, each knowing its own file.
 */
public final class Directive {
  private final String name;
  private final List<String> args;
  private final List<Position> argPositions;
  private final SourceText source;
  private final Position at;
  private final boolean block;
  private final List<Directive> children = new ArrayList<>();
  private String unread = "";

  Directive(
      String name,
      List<String> args,
      List<Position> argPositions,
      SourceText source,
      Position at,
      boolean block) {
    this.name = name;
    this.args = List.copyOf(args);
    this.argPositions = List.copyOf(argPositions);
    this.source = source;
    this.at = at;
    this.block = block;
  }

  public String name() {
    return name;
  }

  public List<String> args() {
    return args;
  }

  /** The argument at {@code index}, or empty. */
  public Optional<String> arg(int index) {
    return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
  }

  /** Where the argument at {@code index} starts (the directive's name when there is none). */
  public Position argAt(int index) {
    return index < argPositions.size() ? argPositions.get(index) : at;
  }

  /** The file the directive is written in, which for an included one is not the parsed file. */
  public SourceText source() {
    return source;
  }

  /** The position of its name. */
  public Position at() {
    return at;
  }

  public boolean hasBlock() {
    return block;
  }

  /** The directives in effect in its block, includes expanded; empty when it has none. */
  public List<Directive> children() {
    return Collections.unmodifiableList(children);
  }

  /**
   * For an {@code include} whose file could not be read (outside the tree, missing, too large),
   * why: what it holds is unknown, so a rule should not judge an absence where it stands. Empty
   * otherwise.
   */
  public String unread() {
    return unread;
  }

  /** {@code name arg1 arg2}, for messages. */
  public String text() {
    return args.isEmpty() ? name : name + " " + String.join(" ", args);
  }

  void addChildren(List<Directive> directives) {
    children.addAll(directives);
  }

  void clearChildren() {
    children.clear();
  }

  void markUnread(String reason) {
    unread = reason;
  }

  @Override
  public String toString() {
    return text() + (block ? " {...}" : ";") + " @" + source.path() + ":" + at.line();
  }
}
