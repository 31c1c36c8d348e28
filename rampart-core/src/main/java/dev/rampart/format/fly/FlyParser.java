package dev.rampart.format.fly;

import dev.rampart.check.Recognizer;
import dev.rampart.format.toml.TomlReader;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads a Fly.io app's {@code fly.toml} with tomlj: its {@code [http_service]} and its {@code
 * [[services]]} with their {@code [[services.ports]]}, each with its position. A value of the wrong
 * type (a port that is no number, handlers that are no list of names) is a parse problem at its
 * line, and the rest is still read; so is TOML that tomlj rejects.
 *
 * <p>Files named {@code fly.toml}, {@code fly.<env>.toml}, {@code fly-<env>.toml} or {@code
 * <env>.fly.toml} are Fly configurations (flyctl reads any name given to {@code --config}); any
 * other {@code .toml}, and standard input, is one when it names an {@code app} and has an {@code
 * [http_service]} or {@code [[services]]}.
 */
public final class FlyParser implements Recognizer, Parser<FlyApp> {
  private static final int SNIFF_CHARS = 8192;

  private static final Pattern FLY_NAME =
      Pattern.compile("fly(?:[.\\-_][^/]*)?\\.toml|[^/]+[.\\-_]fly\\.toml");
  private static final Pattern APP = Pattern.compile("(?m)^[ \\t]*app[ \\t]*=");
  private static final Pattern SERVICES =
      Pattern.compile(
          "(?m)^[ \\t]*(?:\\[[ \\t]*http_service[ \\t]*\\]|\\[\\[[ \\t]*services[ \\t]*\\]\\])");

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.MAYBE;
    }
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    if (FLY_NAME.matcher(name).matches()) {
      return ByName.YES;
    }
    return name.endsWith(".toml") ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    return APP.matcher(head).find() && SERVICES.matcher(head).find();
  }

  @Override
  public Parsed<FlyApp> parse(SourceText source) {
    Parsed<TomlParseResult> toml = TomlReader.read(source.text());
    List<ParseProblem> problems = new ArrayList<>(toml.problems());
    Reader reader = new Reader(problems);
    TomlParseResult root = toml.model();
    Optional<String> name = reader.string(root, "app").map(Setting::value);
    Optional<HttpService> http = Optional.empty();
    Object httpValue = root.get(List.of("http_service"));
    if (httpValue instanceof TomlTable table) {
      http =
          Optional.of(
              new HttpService(
                  TomlReader.position(root.inputPositionOf(List.of("http_service"))),
                  reader.number(table, "internal_port"),
                  reader.bool(table, "force_https")));
    } else if (httpValue != null) {
      reader.wrongType(root, "http_service", "a table");
    }
    List<Service> services = new ArrayList<>();
    Object servicesValue = root.get(List.of("services"));
    if (servicesValue instanceof TomlArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof TomlTable table) {
          services.add(reader.service(table, TomlReader.position(array.inputPositionOf(i)), i + 1));
        } else {
          problems.add(
              new ParseProblem(
                  TomlReader.position(array.inputPositionOf(i)).line(),
                  "an item of `services` is not a table"));
        }
      }
    } else if (servicesValue instanceof TomlTable table) {
      // `[services]` written once, as flyctl still accepts: one service.
      services.add(
          reader.service(table, TomlReader.position(root.inputPositionOf(List.of("services"))), 1));
    } else if (servicesValue != null) {
      reader.wrongType(root, "services", "a list of tables");
    }
    return new Parsed<>(new FlyApp(name, http, services), problems);
  }

  /** Reads typed values, recording a problem for each of the wrong type. */
  private record Reader(List<ParseProblem> problems) {

    Service service(TomlTable table, Position at, int number) {
      List<ServicePort> ports = new ArrayList<>();
      Object portsValue = table.get(List.of("ports"));
      if (portsValue instanceof TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
          Position portAt = TomlReader.position(array.inputPositionOf(i));
          if (array.get(i) instanceof TomlTable port) {
            ports.add(port(port, portAt));
          } else {
            problems.add(new ParseProblem(portAt.line(), "an item of `ports` is not a table"));
          }
        }
      } else if (portsValue instanceof TomlTable port) {
        ports.add(port(port, TomlReader.position(table.inputPositionOf(List.of("ports")))));
      } else if (portsValue != null) {
        wrongType(table, "ports", "a list of tables");
      }
      return new Service(
          at,
          number,
          string(table, "protocol").map(s -> s.value().toLowerCase(Locale.ROOT)).orElse("tcp"),
          number(table, "internal_port"),
          strings(table, "processes"),
          ports,
          present(table, "allowlist"));
    }

    private ServicePort port(TomlTable table, Position at) {
      return new ServicePort(
          at,
          number(table, "port"),
          number(table, "start_port"),
          number(table, "end_port"),
          strings(table, "handlers").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
          bool(table, "force_https").map(Setting::value).orElse(false),
          present(table, "allowlist"));
    }

    Optional<Setting<String>> string(TomlTable table, String key) {
      Object value = table.get(List.of(key));
      if (value instanceof String s) {
        return Optional.of(new Setting<>(s, at(table, key)));
      }
      if (value != null) {
        wrongType(table, key, "a string");
      }
      return Optional.empty();
    }

    Optional<Setting<Boolean>> bool(TomlTable table, String key) {
      Object value = table.get(List.of(key));
      if (value instanceof Boolean b) {
        return Optional.of(new Setting<>(b, at(table, key)));
      }
      if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
        return Optional.of(new Setting<>(Boolean.parseBoolean(s), at(table, key)));
      }
      if (value != null) {
        wrongType(table, key, "true or false");
      }
      return Optional.empty();
    }

    /** A port number: an integer, or a string of digits (flyctl reads both). */
    OptionalLong number(TomlTable table, String key) {
      Object value = table.get(List.of(key));
      if (value instanceof Long n) {
        return OptionalLong.of(n);
      }
      if (value instanceof String s && s.strip().matches("\\d{1,9}")) {
        return OptionalLong.of(Long.parseLong(s.strip()));
      }
      if (value != null) {
        wrongType(table, key, "a number");
      }
      return OptionalLong.empty();
    }

    List<String> strings(TomlTable table, String key) {
      Object value = table.get(List.of(key));
      if (value instanceof String s) {
        return List.of(s);
      }
      if (!(value instanceof TomlArray array)) {
        if (value != null) {
          wrongType(table, key, "a list of strings");
        }
        return List.of();
      }
      List<String> strings = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof String s) {
          strings.add(s);
        } else {
          wrongType(table, key, "a list of strings");
          return strings;
        }
      }
      return strings;
    }

    Optional<Position> present(TomlTable table, String key) {
      return table.get(List.of(key)) == null ? Optional.empty() : Optional.of(at(table, key));
    }

    void wrongType(TomlTable table, String key, String expected) {
      problems.add(new ParseProblem(at(table, key).line(), "`" + key + "` is not " + expected));
    }

    private static Position at(TomlTable table, String key) {
      return TomlReader.position(table.inputPositionOf(List.of(key)));
    }
  }
}
