package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Environment variables that put an application in debug or development mode ({@code DEBUG=true},
 * {@code NODE_ENV=development}, a JDWP agent in {@code JAVA_TOOL_OPTIONS}) or make it log at debug
 * level ({@code LOG_LEVEL=debug}).
 */
public final class DebugVariables {
  // The variables by which frameworks choose development behaviour: detailed error pages, code
  // reloading, debug toolbars. Their value names the environment.
  private static final Map<String, String> ENVIRONMENT_VARIABLES =
      Map.of(
          "NODE_ENV", "Node.js frameworks such as Express",
          "RAILS_ENV", "Rails",
          "RACK_ENV", "Rack",
          "FLASK_ENV", "Flask",
          "APP_ENV", "Symfony (dev) and Laravel (local)",
          "ASPNETCORE_ENVIRONMENT", "ASP.NET Core",
          "DOTNET_ENVIRONMENT", ".NET");

  private static final Set<String> DEVELOPMENT = Set.of("development", "dev", "local");
  private static final Set<String> VERBOSE_LEVELS = Set.of("debug", "trace", "all", "silly");

  private static final Pattern JDWP = Pattern.compile("-agentlib:jdwp|-Xrunjdwp|-Xdebug\\b");
  private static final Pattern NODE_INSPECTOR = Pattern.compile("--inspect(?:-brk)?(?:[=\\s]|$)");

  private DebugVariables() {}

  /**
   * What {@code name=value} turns on, as a clause to follow the variable's name ("is true, which
   * turns on debug mode ..."), or empty when it is not a debug or development switch. The clause
   * quotes the value only when it is a switch word: an options variable may hold a password.
   */
  public static Optional<String> debugMode(String name, String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    String normal = SecretNames.normalise(name);
    if (JDWP.matcher(v).find()) {
      return Optional.of(
          "starts the JVM with a JDWP debugger agent, through which whoever reaches its port runs"
              + " code in the JVM");
    }
    if (name.equals("NODE_OPTIONS") && NODE_INSPECTOR.matcher(v).find()) {
      return Optional.of(
          "opens the Node.js inspector, through which whoever reaches its port runs code in the"
              + " process");
    }
    if (name.equals("WERKZEUG_DEBUG_PIN") && lower.equals("off")) {
      return Optional.of(
          "is off, which removes the PIN from Werkzeug's debugger, so anyone who can trigger an error page runs"
              + " Python code in the container");
    }
    if (name.equals("GIN_MODE") && lower.equals("debug")) {
      return Optional.of("is debug, which runs Gin in debug mode");
    }
    if (name.equals("XDEBUG_MODE") && lower.contains("debug")) {
      return Optional.of("turns on Xdebug's step debugger");
    }
    String framework = ENVIRONMENT_VARIABLES.get(name);
    if (framework != null && DEVELOPMENT.contains(lower)) {
      return Optional.of(
          "is "
              + v
              + ", which selects the development environment of "
              + framework
              + ", made for a developer's machine: detailed errors and development tools"
              + " instead of production settings");
    }
    boolean debugSwitch =
        normal.equals("DEBUG") || normal.endsWith("_DEBUG") || normal.endsWith("DEBUG_MODE");
    if (debugSwitch && Switches.isOn(v)) {
      return Optional.of(
          "is "
              + v
              + ", which turns on debug mode: most frameworks (Django, Flask, Laravel) then show"
              + " stack traces and settings, some an interactive console, to whoever triggers an"
              + " error");
    }
    return Optional.empty();
  }

  /**
   * What {@code name=value} does to logging, as a clause to follow the variable's name, or empty
   * unless it makes the application log at debug or trace level.
   */
  public static Optional<String> verboseLogging(String name, String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    String normal = SecretNames.normalise(name);
    boolean levelVariable =
        normal.equals("LOGLEVEL")
            || normal.endsWith("LOG_LEVEL")
            || normal.endsWith("_LOGLEVEL")
            || normal.endsWith("LOGGING_LEVEL")
            || normal.startsWith("LOGGING_LEVEL_")
            // a level per logger: .NET's Logging:LogLevel:Default, LOG_LEVEL_HTTP
            || normal.startsWith("LOG_LEVEL_")
            || normal.contains("_LOG_LEVEL_")
            || normal.endsWith("_VERBOSITY");
    if (levelVariable && VERBOSE_LEVELS.contains(lower)) {
      return Optional.of("is " + lower + ", so the application logs at " + lower + " level");
    }
    // RUST_LOG=debug, or a bare level among per-module ones: RUST_LOG=trace,hyper=info.
    if (name.equals("RUST_LOG")) {
      for (String directive : lower.split(",", -1)) {
        if (directive.strip().equals("debug") || directive.strip().equals("trace")) {
          return Optional.of("sets the default log level to " + directive.strip());
        }
      }
    }
    // The debug library of Node.js prints every namespace that DEBUG matches.
    if (name.equals("DEBUG") && v.contains("*")) {
      return Optional.of("turns on the debug output of every library namespace it matches");
    }
    return Optional.empty();
  }
}
