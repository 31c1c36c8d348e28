package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Environment variables that choose the format of an application's logs ({@code LOG_FORMAT}, {@code
 * LOGGING_FORMAT}, {@code LOG_ENCODING}, {@code LOG_OUTPUT_FORMAT}, {@code APP_LOG_FORMAT}), and
 * whether the format chosen is one a log pipeline cannot parse into fields.
 */
public final class LogFormatVariables {
  // Formats for a person at a terminal: one line of free text per event, often coloured. logfmt
  // (key=value pairs) is structured, as are json, ecs, gelf and the rest, and passes.
  private static final Set<String> UNSTRUCTURED =
      Set.of("text", "plain", "plaintext", "console", "pretty", "human", "simple", "colored");

  private LogFormatVariables() {}

  /** True when {@code name}, in any spelling, chooses the log format. */
  public static boolean isLogFormatVariable(String name) {
    String normal = SecretNames.normalise(name);
    return normal.equals("LOGFORMAT")
        || normal.equals("LOG_OUTPUT_FORMAT")
        || normal.endsWith("LOG_FORMAT")
        || normal.endsWith("LOGGING_FORMAT")
        || normal.endsWith("LOG_ENCODING");
  }

  /**
   * What {@code name=value} does to the logs, as a clause to follow the variable's name, or empty
   * unless it selects an unstructured format.
   */
  public static Optional<String> unstructured(String name, String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    if (isLogFormatVariable(name) && UNSTRUCTURED.contains(lower)) {
      return Optional.of(
          "is "
              + lower
              + ", which writes logs as free text for a terminal: a log pipeline cannot search"
              + " or alert on their fields (user, request id, status), nor tell one multi-line"
              + " event from the next");
    }
    return Optional.empty();
  }
}
