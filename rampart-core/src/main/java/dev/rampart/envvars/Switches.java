package dev.rampart.envvars;

import java.util.Locale;
import java.util.Set;

/** How programs read a variable as a switch: {@code true}, {@code 1}, {@code yes}, {@code on}. */
final class Switches {
  private static final Set<String> ON = Set.of("true", "1", "yes", "on", "y");
  private static final Set<String> OFF = Set.of("false", "0", "no", "off", "n");

  private Switches() {}

  static boolean isOn(String value) {
    return ON.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isOff(String value) {
    return OFF.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
