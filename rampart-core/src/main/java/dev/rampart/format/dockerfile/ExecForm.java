package dev.rampart.format.dockerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON ("exec") form of an instruction's arguments: {@code ["executable", "arg"]}. */
final class ExecForm {
  private static final JsonFactory JSON = new JsonFactory();

  private ExecForm() {}

  /**
   * One string of the array.
   *
   * @param start offset of its opening quote in the parsed text
   * @param end offset after its closing quote
   */
  record JsonString(String value, int start, int end) {}

  /**
   * The strings of {@code text} when it is exactly a JSON array of strings, as Docker requires;
   * empty for anything else, which Docker reads as the shell form.
   */
  static Optional<List<JsonString>> parse(String text) {
    if (!text.startsWith("[")) {
      return Optional.empty();
    }
    try (JsonParser parser = JSON.createParser(text)) {
      parser.nextToken();
      List<JsonString> strings = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          return Optional.empty();
        }
        int start = (int) parser.currentTokenLocation().getCharOffset();
        String value = parser.getText();
        int end = (int) parser.currentLocation().getCharOffset();
        strings.add(
            new JsonString(value, start, Math.max(start + 1, Math.min(end, text.length()))));
      }
      return parser.nextToken() == null ? Optional.of(strings) : Optional.empty();
    } catch (IOException | RuntimeException notJson) {
      // Malformed JSON, or beyond Jackson's limits: Docker then treats the text as shell form.
      return Optional.empty();
    }
  }

  static List<String> values(List<JsonString> strings) {
    return strings.stream().map(JsonString::value).toList();
  }
}
