package dev.rampart.format.settings;

import dev.rampart.format.toml.TomlReader;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The settings of a TOML file, read with tomlj: every value under its table's keys, joined by
 * {@code .} ({@code [database]} then {@code sslmode = "disable"} is {@code database.sslmode}); an
 * item of an array has the array's key. tomlj reports each error with its line and reads on.
 */
final class TomlSettings {
  private TomlSettings() {}

  private record Pending(String key, Position position, Object value) {}

  static Parsed<List<Setting>> read(String text) {
    Parsed<TomlParseResult> parsed = TomlReader.read(text);
    TomlParseResult result = parsed.model();
    List<ParseProblem> problems = parsed.problems();
    List<Setting> settings = new ArrayList<>();
    Deque<Pending> todo = new ArrayDeque<>();
    todo.push(new Pending("", Position.START, result));
    while (!todo.isEmpty()) {
      Pending next = todo.pop();
      List<Pending> children = new ArrayList<>();
      if (next.value() instanceof TomlTable table) {
        for (Map.Entry<String, Object> entry : table.entrySet()) {
          String key = next.key().isEmpty() ? entry.getKey() : next.key() + "." + entry.getKey();
          children.add(
              new Pending(
                  key,
                  TomlReader.position(table.inputPositionOf(List.of(entry.getKey()))),
                  entry.getValue()));
        }
      } else if (next.value() instanceof TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
          children.add(
              new Pending(next.key(), TomlReader.position(array.inputPositionOf(i)), array.get(i)));
        }
      } else if (next.value() != null && !next.key().isEmpty()) {
        settings.add(
            new Setting(
                next.key(), String.valueOf(next.value()), next.position(), next.position()));
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    // Tables come out of tomlj in no fixed order: settings are listed in the order written.
    settings.sort(
        (a, b) ->
            a.position().line() != b.position().line()
                ? Integer.compare(a.position().line(), b.position().line())
                : Integer.compare(a.position().column(), b.position().column()));
    return new Parsed<>(settings, problems);
  }
}
