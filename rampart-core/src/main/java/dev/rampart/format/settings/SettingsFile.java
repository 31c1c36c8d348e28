package dev.rampart.format.settings;

import dev.rampart.envvars.Environment;
import java.util.List;

/**
 * A file of settings read as a flat list of keys and values, in the order written, whatever its
 * syntax.
 *
 * @param path the file's path relative to the scanned root
 * @param syntax how it is written
 * @param environment the deployment environment its path names
 * @param template true for a file of example values meant to be copied ({@code .env.example},
 *     {@code .env.sample}, {@code .env.template}, {@code .env.dist}, {@code *.example.yml})
 * @param settings every setting; a key set twice keeps both
 */
public record SettingsFile(
    String path,
    SettingsSyntax syntax,
    Environment environment,
    boolean template,
    List<Setting> settings) {

  public SettingsFile {
    settings = List.copyOf(settings);
  }

  /** True when the file's path says it configures production. */
  public boolean production() {
    return environment == Environment.PRODUCTION;
  }

  /**
   * The environment {@code setting} configures: the one the file's path names, or, when it names
   * none, the setting's {@link Setting#scope}.
   */
  public Environment environmentOf(Setting setting) {
    return environment != Environment.UNKNOWN ? environment : setting.scope();
  }
}
