package dev.rampart.format.toml;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseMessages;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * Reads TOML with tomlj, for the formats written in it (settings files, {@code fly.toml}). tomlj
 * reports each error with its line and reads on, so a document with errors still has the tables
 * before and around them; its messages are reported without the text they quote.
 */
public final class TomlReader {
  private TomlReader() {}

  /** The document of {@code text}, with one problem for each error tomlj found in it. */
  public static Parsed<TomlParseResult> read(String text) {
    TomlParseResult result;
    try {
      result = Toml.parse(text);
    } catch (AssertionError e) {
      // With assertions on (-ea), one of tomlj's internal checks fails on some broken table
      // headers, where without them it reports the error; either way the file is not valid TOML.
      return new Parsed<>(
          Toml.parse(""), List.of(new ParseProblem(1, "not valid TOML: a broken table header")));
    }
    List<ParseProblem> problems = new ArrayList<>();
    for (TomlParseError error : result.errors()) {
      problems.add(
          new ParseProblem(
              Math.max(1, error.position().line()),
              "not valid TOML: " + ParseMessages.withoutText(error.getMessage())));
    }
    return new Parsed<>(result, problems);
  }

  /** tomlj's position as Rampart's: 1-based, and the start of the file when tomlj has none. */
  public static Position position(TomlPosition position) {
    return position == null
        ? Position.START
        : Position.of(Math.max(1, position.line()), Math.max(1, position.column()));
  }
}
