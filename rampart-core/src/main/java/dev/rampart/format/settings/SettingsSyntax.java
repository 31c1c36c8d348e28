package dev.rampart.format.settings;

import java.util.Locale;
import java.util.Optional;

/** How a settings file is written, as its name says. */
public enum SettingsSyntax {
  DOTENV,
  PROPERTIES,
  YAML,
  JSON,
  TOML,
  INI;

  /** The syntax of a file named {@code fileName}, by its extension; dotenv for every other name. */
  public static SettingsSyntax of(String fileName) {
    return byExtension(fileName).orElse(DOTENV);
  }

  /** The structured syntax {@code fileName}'s extension names, if any. */
  static Optional<SettingsSyntax> byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String extension = lower.substring(lower.lastIndexOf('.') + 1);
    return switch (extension) {
      case "properties" -> Optional.of(PROPERTIES);
      case "yml", "yaml" -> Optional.of(YAML);
      case "json" -> Optional.of(JSON);
      case "toml" -> Optional.of(TOML);
      case "ini", "cfg" -> Optional.of(INI);
      default -> Optional.empty();
    };
  }
}
