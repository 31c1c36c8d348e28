package dev.rampart.secrets;

import java.util.regex.Pattern;

/** Values that only refer to variables ({@code $TOKEN}, {@code ${TOKEN}}), so hold no secret. */
public final class References {
  // $NAME, ${NAME}, and ${NAME:-} / ${NAME-} / ${NAME:?message} forms that supply no literal
  // default.
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*(?::?-|:?\\?[^}]*)?})");

  private References() {}

  /** True when {@code value} is made only of variable references (and is not empty). */
  public static boolean isOnlyReferences(String value) {
    return !value.isEmpty() && REFERENCE.matcher(value).replaceAll("").isEmpty();
  }
}
