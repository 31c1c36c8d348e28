package dev.rampart.format.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseMessages;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The settings of a JSON file, read with Jackson's streaming parser: every scalar under a chain of
 * object keys, the keys joined by {@code .}; an item of an array has the array's key. Comments and
 * trailing commas are accepted, as .NET's {@code appsettings.json} and most JSON config loaders
 * accept them. Invalid JSON is a parse problem at its line, and the settings before it are kept.
 */
final class JsonSettings {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private JsonSettings() {}

  /** A container being read: the key it is under, and where that key is written. */
  private record Open(String key, Position keyPosition) {}

  static Parsed<List<Setting>> read(String text) {
    List<Setting> settings = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    String field = null;
    Position fieldPosition = Position.START;
    try (JsonParser parser = JSON.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Position at = position(parser.currentTokenLocation());
        switch (token) {
          case FIELD_NAME -> {
            field = parser.currentName();
            fieldPosition = at;
          }
          case START_OBJECT, START_ARRAY -> {
            open.push(child(open, field, fieldPosition, at));
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            open.pop();
            field = null;
          }
          default -> {
            Open here = child(open, field, fieldPosition, at);
            if (token != JsonToken.VALUE_NULL && !here.key().isEmpty()) {
              settings.add(new Setting(here.key(), parser.getText(), here.keyPosition(), at));
            }
            field = null;
          }
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 1 : Math.max(1, where.getLineNr());
      problems.add(
          new ParseProblem(
              line,
              "not valid JSON: "
                  + ParseMessages.withoutText(e.getOriginalMessage())
                  + "; the settings after it are not read"));
    } catch (IOException e) {
      problems.add(new ParseProblem(1, "not valid JSON: " + e.getClass().getSimpleName()));
    }
    return new Parsed<>(settings, problems);
  }

  /** The key of a value met now: under {@code field} in an object, the array's own in an array. */
  private static Open child(Deque<Open> open, String field, Position fieldPosition, Position at) {
    Open parent = open.peek();
    String parentKey = parent == null ? "" : parent.key();
    if (field == null) {
      return new Open(parentKey, at);
    }
    return new Open(parentKey.isEmpty() ? field : parentKey + "." + field, fieldPosition);
  }

  private static Position position(JsonLocation location) {
    return Position.of(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
