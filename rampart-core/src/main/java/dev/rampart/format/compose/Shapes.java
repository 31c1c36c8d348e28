package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlSequence;
import dev.rampart.parse.ParseProblem;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shapes Compose requires of the service settings the rules read. A setting of another shape (a
 * list where a mapping belongs, a mapping where a list does) is a parse problem on its line:
 * Compose would refuse the file, and the rules cannot judge the setting, so the report says it was
 * not checked instead of passing over it in silence.
 */
final class Shapes {
  private enum Shape {
    SCALAR,
    LIST,
    MAPPING;

    static Shape of(YamlNode node) {
      if (node instanceof YamlMapping) {
        return MAPPING;
      }
      return node instanceof YamlSequence ? LIST : SCALAR;
    }
  }

  private static final Set<Shape> SCALAR = EnumSet.of(Shape.SCALAR);
  private static final Set<Shape> LIST = EnumSet.of(Shape.LIST);
  private static final Set<Shape> MAPPING = EnumSet.of(Shape.MAPPING);
  private static final Set<Shape> LIST_OR_MAPPING = EnumSet.of(Shape.LIST, Shape.MAPPING);
  private static final Set<Shape> SCALAR_OR_LIST = EnumSet.of(Shape.SCALAR, Shape.LIST);
  private static final Set<Shape> SCALAR_OR_MAPPING = EnumSet.of(Shape.SCALAR, Shape.MAPPING);

  private static final Map<String, Set<Shape>> SETTINGS =
      Map.ofEntries(
          Map.entry("image", SCALAR),
          Map.entry("user", SCALAR),
          Map.entry("privileged", SCALAR),
          Map.entry("read_only", SCALAR),
          Map.entry("network_mode", SCALAR),
          Map.entry("pid", SCALAR),
          Map.entry("ipc", SCALAR),
          Map.entry("uts", SCALAR),
          Map.entry("userns_mode", SCALAR),
          Map.entry("restart", SCALAR),
          Map.entry("mem_limit", SCALAR),
          Map.entry("cpus", SCALAR),
          Map.entry("pids_limit", SCALAR),
          Map.entry("ports", LIST),
          Map.entry("expose", LIST),
          Map.entry("volumes", LIST),
          Map.entry("devices", LIST),
          Map.entry("device_cgroup_rules", LIST),
          Map.entry("cap_add", LIST),
          Map.entry("cap_drop", LIST),
          Map.entry("security_opt", LIST),
          Map.entry("secrets", LIST),
          Map.entry("configs", LIST),
          Map.entry("profiles", LIST),
          Map.entry("tmpfs", SCALAR_OR_LIST),
          Map.entry("command", SCALAR_OR_LIST),
          Map.entry("entrypoint", SCALAR_OR_LIST),
          Map.entry("env_file", SCALAR_OR_LIST),
          Map.entry("environment", LIST_OR_MAPPING),
          Map.entry("labels", LIST_OR_MAPPING),
          Map.entry("depends_on", LIST_OR_MAPPING),
          Map.entry("build", SCALAR_OR_MAPPING),
          Map.entry("extends", SCALAR_OR_MAPPING),
          Map.entry("healthcheck", MAPPING),
          Map.entry("logging", MAPPING),
          Map.entry("deploy", MAPPING));

  /** Settings inside settings: {@code healthcheck.test}, {@code deploy.resources.limits} ... */
  private static final Map<String, Map<String, Set<Shape>>> NESTED =
      Map.of(
          "healthcheck", Map.of("test", SCALAR_OR_LIST, "disable", SCALAR),
          "logging", Map.of("driver", SCALAR, "options", MAPPING),
          "deploy", Map.of("resources", MAPPING));

  /** What each item of a list setting must be. */
  private static final Map<String, Set<Shape>> ITEMS =
      Map.of(
          "ports", SCALAR_OR_MAPPING,
          "volumes", SCALAR_OR_MAPPING,
          "secrets", SCALAR_OR_MAPPING,
          "devices", SCALAR_OR_MAPPING,
          "cap_add", SCALAR,
          "cap_drop", SCALAR,
          "security_opt", SCALAR,
          "tmpfs", SCALAR,
          "environment", SCALAR);

  private Shapes() {}

  /** Adds a problem for each setting of {@code service} whose shape Compose does not accept. */
  static void check(Service service, List<ParseProblem> problems) {
    for (YamlEntry entry : service.node().entries()) {
      String key = entry.name().orElse("");
      YamlNode value = entry.value();
      Set<Shape> allowed = SETTINGS.get(key);
      if (allowed == null || value.isNull()) {
        continue;
      }
      if (!allowed.contains(Shape.of(value))) {
        problems.add(problem(entry, service.name() + " " + key, allowed));
        continue;
      }
      for (YamlNode item : value.items()) {
        Set<Shape> items = ITEMS.get(key);
        if (items != null && !item.isNull() && !items.contains(Shape.of(item))) {
          problems.add(
              new ParseProblem(
                  item.position().line(),
                  "an item of "
                      + key
                      + " of service "
                      + service.name()
                      + " is "
                      + article(Shape.of(item))
                      + ", not "
                      + describe(items)
                      + ": not checked"));
        }
      }
      value
          .asMapping()
          .ifPresent(
              mapping -> {
                for (YamlEntry inner : mapping.entries()) {
                  Set<Shape> expected =
                      NESTED.getOrDefault(key, Map.of()).get(inner.name().orElse(""));
                  if (expected != null
                      && !inner.value().isNull()
                      && !expected.contains(Shape.of(inner.value()))) {
                    problems.add(
                        problem(
                            inner,
                            service.name() + " " + key + "." + inner.name().orElse(""),
                            expected));
                  }
                }
              });
    }
    service
        .node()
        .path("deploy", "resources", "limits")
        .filter(limits -> !limits.isNull() && limits.asMapping().isEmpty())
        .ifPresent(
            limits ->
                problems.add(
                    new ParseProblem(
                        limits.position().line(),
                        "deploy.resources.limits of service "
                            + service.name()
                            + " is not a mapping: not checked")));
  }

  private static ParseProblem problem(YamlEntry entry, String what, Set<Shape> allowed) {
    int space = what.indexOf(' ');
    return new ParseProblem(
        entry.position().line(),
        what.substring(space + 1)
            + " of service "
            + what.substring(0, space)
            + " is "
            + article(Shape.of(entry.value()))
            + ", not "
            + describe(allowed)
            + ": not checked");
  }

  private static String article(Shape shape) {
    return switch (shape) {
      case SCALAR -> "a single value";
      case LIST -> "a list";
      case MAPPING -> "a mapping";
    };
  }

  private static String describe(Set<Shape> shapes) {
    return String.join(" or ", shapes.stream().map(Shapes::article).toList());
  }
}
