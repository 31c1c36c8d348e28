package dev.rampart.rules.settings;

import dev.rampart.check.Findings;
import dev.rampart.envvars.Environment;
import dev.rampart.format.settings.Setting;
import dev.rampart.format.settings.SettingsFile;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What the settings rules share: which settings each judges, and how they report one. */
final class Settings {
  private static final Pattern ENV_VAR_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Settings() {}

  /** What a classifier of {@code envvars} says about {@code name=value}: a clause, or nothing. */
  @FunctionalInterface
  interface Classifier extends BiFunction<String, String, Optional<String>> {}

  /**
   * True when {@code setting} configures production: its file's path says so, or, when the path
   * names no environment, the part of the file that holds it does ({@link Setting#scope}).
   */
  static boolean production(SettingsFile file, Setting setting) {
    return file.environmentOf(setting) == Environment.PRODUCTION;
  }

  /**
   * What {@code classifier} says about {@code setting}: asked with the name as written in a dotenv
   * file, and with the whole key path as one variable name in the structured syntaxes ({@code
   * logging.level.root} as {@code LOGGING_LEVEL_ROOT}). A last part written as an environment
   * variable ({@code env.NODE_ENV}) is asked on its own too; a lower-case one is not, so {@code
   * database.host} is no server's own {@code HOST}.
   */
  static Optional<String> classify(Setting setting, Classifier classifier) {
    String value = setting.value();
    Optional<String> clause = classifier.apply(setting.key(), value);
    if (clause.isPresent() || setting.key().indexOf('.') < 0) {
      return clause;
    }
    String last = setting.key().substring(setting.key().lastIndexOf('.') + 1);
    return classifier
        .apply(setting.name(), value)
        .or(
            () ->
                ENV_VAR_NAME.matcher(last).matches()
                    ? classifier.apply(last, value)
                    : Optional.empty());
  }

  /**
   * The first setting of {@code file} that {@code test} holds for, read as {@link #classify} does.
   */
  static Optional<Setting> first(SettingsFile file, BiPredicate<String, String> test) {
    Classifier asClassifier =
        (name, value) -> test.test(name, value) ? Optional.of("") : Optional.empty();
    return file.settings().stream()
        .filter(setting -> classify(setting, asClassifier).isPresent())
        .findFirst();
  }

  /**
   * Reports every setting of {@code file} selected by {@code judged} that {@code classifier} flags,
   * at its key: "{@code KEY} clause{@code suffix}."
   */
  static void report(
      SettingsFile file,
      Findings out,
      Predicate<Setting> judged,
      Classifier classifier,
      String suffix) {
    for (Setting setting : file.settings()) {
      if (judged.test(setting)) {
        classify(setting, classifier)
            .ifPresent(
                clause ->
                    out.report(setting.position(), setting.key() + " " + clause + suffix + "."));
      }
    }
  }

  /** Reports, in production settings only, what {@code classifier} flags. */
  static void reportInProduction(SettingsFile file, Findings out, Classifier classifier) {
    report(
        file,
        out,
        setting -> production(file, setting),
        classifier,
        file.production() ? ", in a production file" : ", in the production settings");
  }
}
