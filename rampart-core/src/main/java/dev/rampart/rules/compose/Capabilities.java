package dev.rampart.rules.compose;

import java.util.Locale;

/** Capability names as Docker accepts them: any case, with or without {@code CAP_}. */
final class Capabilities {
  private Capabilities() {}

  static String name(String written) {
    String name = written.strip().toUpperCase(Locale.ROOT);
    return name.startsWith("CAP_") ? name.substring(4) : name;
  }
}
