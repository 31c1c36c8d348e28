package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scalar. Only a plain one (unquoted, untagged) is read as a boolean, integer or null, as YAML
 * 1.1 does and as Kubernetes reads manifests: {@code "true"} in quotes stays text.
 *
 * <p>The line and column are kept as two ints rather than a {@link Position}: a manifest has
 * millions of scalars, and the scan-wide rules keep every manifest's nodes until the scan ends.
 *
 * @param plain written without quotes, block style or an explicit tag
 */
public record YamlScalar(int line, int column, String value, boolean plain) implements YamlNode {

  public YamlScalar(Position position, String value, boolean plain) {
    this(position.line(), position.column(), value, plain);
  }

  @Override
  public Position position() {
    return Position.of(line, column);
  }

  private static final Set<String> TRUE =
      Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:0|[1-9][0-9_]*)");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0o?[0-7_]+");

  @Override
  public Optional<String> asText() {
    return isNull() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public Optional<Boolean> asBoolean() {
    if (!plain) {
      return Optional.empty();
    }
    if (TRUE.contains(value)) {
      return Optional.of(true);
    }
    return FALSE.contains(value) ? Optional.of(false) : Optional.empty();
  }

  @Override
  public OptionalLong asLong() {
    if (!plain) {
      return OptionalLong.empty();
    }
    try {
      if (DECIMAL.matcher(value).matches()) {
        return OptionalLong.of(Long.parseLong(value.replace("_", "")));
      }
      boolean negative = value.startsWith("-");
      String digits = value.replaceFirst("^[-+]", "").replace("_", "");
      if (HEX.matcher(value).matches()) {
        return signed(negative, Long.parseLong(digits.substring(2), 16));
      }
      if (OCTAL.matcher(value).matches()) {
        return signed(negative, Long.parseLong(digits.replaceFirst("^0o?", "0"), 8));
      }
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private static OptionalLong signed(boolean negative, long magnitude) {
    return OptionalLong.of(negative ? -magnitude : magnitude);
  }

  @Override
  public boolean isNull() {
    return plain && NULL.contains(value);
  }
}
