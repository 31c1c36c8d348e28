package dev.rampart.rules.secrets;

/**
 * Expressions for a secret with no prefix of its own, which only the name it is given identifies:
 * {@code twitchToken = "..."}, {@code TWITCH_TOKEN: ...}, {@code "twitch_token" => "..."}, {@code
 * setProperty("TWITCH_TOKEN", "...")}, {@code <twitchToken>...</twitchToken>}.
 */
final class Assigned {
  /** A UUID, which several providers use as a key, in either case. */
  static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** Lets an expression read the next line too, where XML puts an element's value. */
  static final int REACH = 600;

  // The rest of the name (twitch_api_TOKEN), an optional type (var x string =), closing quotes.
  private static final String NAME_REST = "[\\w.-]{0,30}(?:[ \\t]+[A-Za-z]\\w{0,11})?[\"'\\]]{0,2}";

  // =, :=, ::=, :::=, ?=, .=, +=, =>, :, a comma between arguments, or the end of an XML tag.
  private static final String OPERATOR = "[ \\t]{0,4}(?:[:?.+]{0,3}=>?|:|,|>|\\|\\|)";

  private static final String OPENING = "[\\s\"'`=]{0,6}";

  // The value ends at a quote, a separator, an escaped newline of a JSON string, or the line.
  private static final String END = "(?:[\\s\"'`;,)<\\]}]|\\\\[nrt]|$)";

  private Assigned() {}

  /**
   * A {@code value} given to a name that contains {@code name} (matched case-insensitively unless
   * {@code name} sets its own flags); the value is the group named {@code secret}.
   */
  static String to(String name, String value) {
    return toExactly("(?i:" + name + ")", value);
  }

  /**
   * Whether a keyed value holds a digit, as a random token nearly always does and an identifier
   * ({@code searchConfluenceUsingCql}) rarely.
   */
  static boolean hasDigit(String value) {
    return value.chars().anyMatch(Character::isDigit);
  }

  /** Like {@link #to}, but {@code name} is matched exactly as written (its own case). */
  static String toExactly(String name, String value) {
    return "(?:" + name + ")" + NAME_REST + OPERATOR + OPENING + "(?P<secret>" + value + ")" + END;
  }
}
