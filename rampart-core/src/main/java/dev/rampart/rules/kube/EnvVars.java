package dev.rampart.rules.kube;

import dev.rampart.check.Findings;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** The variables containers' {@code env} set to a value written in the manifest. */
final class EnvVars {
  // Kubernetes expands $(OTHER_VAR) from the container's other variables.
  private static final Pattern DEPENDENT_VARIABLE = Pattern.compile("\\$\\([A-Za-z_][\\w.-]*\\)");

  private EnvVars() {}

  /**
   * True when {@code value} is only {@code $(OTHER_VAR)} references (and blanks): it refers to
   * values defined elsewhere and holds none of its own.
   */
  static boolean onlyRefersToOtherVariables(String value) {
    return DEPENDENT_VARIABLE.matcher(value).replaceAll("").isBlank();
  }

  /**
   * One {@code - name: X, value: y} of a container's {@code env}.
   *
   * @param at the {@code value} key, or the item when it has none
   */
  record EnvVar(Workload workload, Container container, String name, String value, Position at) {

    /** For example {@code Deployment web, container web}. */
    String where() {
      return workload.label(container);
    }

    /** For example {@code env DEBUG of container web}. */
    String label() {
      return "env " + name + " of " + container.label();
    }
  }

  /**
   * Every container's variables with a literal value, of every role. One without {@code value} is
   * set to the empty string, as Kubernetes does; one with {@code valueFrom} is read from elsewhere
   * and left out.
   */
  static List<EnvVar> of(KubeManifests manifests) {
    List<EnvVar> vars = new ArrayList<>();
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        for (YamlNode item : container.node().get("env").map(YamlNode::items).orElse(List.of())) {
          item.asMapping().flatMap(m -> literal(workload, container, m)).ifPresent(vars::add);
        }
      }
    }
    return vars;
  }

  /**
   * Reports every literal variable for which {@code judge}, given its name and value, says what is
   * wrong, as a clause to follow "env NAME of container x".
   */
  static void report(
      KubeManifests manifests, Findings out, BiFunction<String, String, Optional<String>> judge) {
    for (EnvVar var : of(manifests)) {
      judge
          .apply(var.name(), var.value())
          .ifPresent(clause -> out.report(var.at(), var.where(), var.label() + " " + clause + "."));
    }
  }

  private static Optional<EnvVar> literal(
      Workload workload, Container container, YamlMapping item) {
    Optional<String> name = item.get("name").flatMap(YamlNode::asText);
    boolean fromElsewhere = item.get("valueFrom").filter(v -> !v.isNull()).isPresent();
    if (name.isEmpty() || fromElsewhere) {
      return Optional.empty();
    }
    Optional<YamlEntry> value = item.entry("value").filter(entry -> !entry.value().isNull());
    if (value.isEmpty()) {
      return Optional.of(new EnvVar(workload, container, name.get(), "", item.position()));
    }
    // A mapping or a list is no value the API accepts: nothing to judge.
    return value
        .get()
        .value()
        .asText()
        .map(text -> new EnvVar(workload, container, name.get(), text, value.get().position()));
  }
}
