package dev.rampart.envvars;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deployment environment a file belongs to, as its path says: {@code overlays/prod/}, {@code
 * .env.production}, {@code docker-compose.staging.yml}, {@code values-liveSite.yaml}. A path that
 * names both kinds, or neither, is {@link #UNKNOWN}: rules that compare environments leave such
 * files alone rather than guess.
 */
public enum Environment {
  PRODUCTION,
  NON_PRODUCTION,
  UNKNOWN;

  private static final Set<String> PRODUCTION_WORDS = Set.of("prod", "prd", "production", "live");
  private static final Set<String> NON_PRODUCTION_WORDS =
      Set.of("dev", "development", "staging", "stage", "stg", "test", "qa", "local");
  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+");

  // The variables frameworks read to choose their environment: Node, Rails, Rack, Flask, Django
  // settings modules, Elixir, ASP.NET Core, Spring profiles, and the generic names.
  private static final Set<String> SELECTORS =
      Set.of(
          "APP_ENV",
          "APP_ENVIRONMENT",
          "ENV",
          "ENVIRONMENT",
          "NODE_ENV",
          "RAILS_ENV",
          "RACK_ENV",
          "FLASK_ENV",
          "DJANGO_ENV",
          "MIX_ENV",
          "GO_ENV",
          "ASPNETCORE_ENVIRONMENT",
          "DOTNET_ENVIRONMENT",
          "SPRING_PROFILES_ACTIVE",
          "DEPLOY_ENV",
          "STAGE");

  /**
   * The environment a variable such as {@code NODE_ENV=production} or {@code
   * SPRING_PROFILES_ACTIVE=prod,metrics} selects; {@link #UNKNOWN} for any other variable, or a
   * value that names no environment or both kinds.
   */
  public static Environment selectedBy(String name, String value) {
    String normal = name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    return SELECTORS.contains(normal) ? of(value) : UNKNOWN;
  }

  /** The environment of the file at {@code path}, relative to the scanned root. */
  public static Environment of(String path) {
    boolean production = false;
    boolean nonProduction = false;
    for (String segment : path.split("[/\\\\]", -1)) {
      String words = CAMEL_BOUNDARY.matcher(segment).replaceAll("-");
      for (String part : NAME_PARTS.split(words, -1)) {
        String lower = part.toLowerCase(Locale.ROOT);
        production |= PRODUCTION_WORDS.contains(lower);
        nonProduction |= NON_PRODUCTION_WORDS.contains(lower);
      }
    }
    if (production == nonProduction) {
      return UNKNOWN;
    }
    return production ? PRODUCTION : NON_PRODUCTION;
  }
}
