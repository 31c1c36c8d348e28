package dev.rampart.format.settings;

import dev.rampart.check.Recognizer;
import dev.rampart.envvars.Environment;
import dev.rampart.format.env.EnvFile;
import dev.rampart.format.env.EnvParser;
import dev.rampart.format.env.EnvSetting;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a settings file into its flat list of settings, with the reader its name calls for (dotenv,
 * Java properties, YAML, JSON, TOML or INI). A broken line or document is a parse problem at its
 * line, and what can still be read is read.
 */
public final class SettingsParser implements Parser<SettingsFile> {
  // Parts of a file name that mark example values to copy: .env.example, settings.sample.ini.
  private static final Set<String> TEMPLATE_WORDS =
      Set.of("example", "examples", "sample", "template", "dist", "tpl", "tmpl");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  private final EnvParser dotenv = new EnvParser();

  @Override
  public Parsed<SettingsFile> parse(SourceText source) {
    String name = Recognizer.fileName(source.path());
    SettingsSyntax syntax = SettingsSyntax.of(name);
    // A byte order mark (Windows editors write one) read as a blank keeps every column in place.
    String text =
        source.text().startsWith("\uFEFF") ? " " + source.text().substring(1) : source.text();
    Parsed<List<Setting>> read =
        switch (syntax) {
          case DOTENV -> dotenv(source);
          case PROPERTIES -> PropertiesReader.read(text);
          case YAML -> YamlSettings.read(new SourceText(source.path(), text));
          case JSON -> JsonSettings.read(text);
          case TOML -> TomlSettings.read(text);
          case INI -> IniReader.read(text);
        };
    List<Setting> settings = read.model();
    if (syntax != SettingsSyntax.DOTENV) {
      settings = settings.stream().map(SettingsParser::sectionScope).toList();
    }
    return new Parsed<>(
        new SettingsFile(
            source.path(),
            syntax,
            environment(source.path(), settings),
            isTemplate(name),
            settings),
        read.problems());
  }

  /**
   * The environment the path names; when it names none, the one the file selects for its app with a
   * top-level {@code APP_ENV=production}, {@code NODE_ENV}, {@code RAILS_ENV} and the like: a plain
   * {@code .env} is often the deployed one, and says so.
   */
  private static Environment environment(String path, List<Setting> settings) {
    Environment byPath = Environment.of(path);
    if (byPath != Environment.UNKNOWN) {
      return byPath;
    }
    Environment selected = Environment.UNKNOWN;
    for (Setting setting : settings) {
      Environment named = Environment.selectedBy(setting.key(), setting.value());
      if (named != Environment.UNKNOWN) {
        if (selected != Environment.UNKNOWN && selected != named) {
          return Environment.UNKNOWN;
        }
        selected = named;
      }
    }
    return selected;
  }

  /**
   * A structured file's first key may name the environment of what is under it: {@code
   * production.sslmode}, {@code development.secret_key_base}. The whole key must be the word:
   * {@code liveReload} or {@code prod_url} is no section.
   */
  private static Setting sectionScope(Setting setting) {
    int dot = setting.key().indexOf('.');
    if (setting.scope() != Environment.UNKNOWN || dot <= 0) {
      return setting;
    }
    String first = setting.key().substring(0, dot);
    if (!WORD.matcher(first).matches()) {
      return setting;
    }
    return setting.inScope(Environment.of(first.toLowerCase(Locale.ROOT)));
  }

  /** True when a file of this name holds example values: {@code .env.example}, {@code *.dist}. */
  public static boolean isTemplate(String fileName) {
    for (String part : fileName.toLowerCase(Locale.ROOT).split("[.\\-_]", -1)) {
      if (TEMPLATE_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private Parsed<List<Setting>> dotenv(SourceText source) {
    Parsed<EnvFile> parsed = dotenv.parse(source);
    List<Setting> settings = new ArrayList<>();
    for (EnvSetting setting : parsed.model().settings()) {
      setting
          .value()
          .ifPresent(
              value ->
                  settings.add(
                      new Setting(
                          setting.name(), value, setting.position(), setting.valuePosition())));
    }
    return new Parsed<>(settings, parsed.problems());
  }
}
