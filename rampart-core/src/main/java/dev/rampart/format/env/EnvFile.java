package dev.rampart.format.env;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dotenv file: its settings in the order written. A name set twice keeps both lines. */
public record EnvFile(List<EnvSetting> settings) {

  public EnvFile {
    settings = List.copyOf(settings);
  }

  /** The value a reader ends up with for each name: the last line setting it wins. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (EnvSetting setting : settings) {
      setting.value().ifPresent(value -> values.put(setting.name(), value));
    }
    return values;
  }

  /** The value {@code name} ends up with. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values().get(name));
  }
}
