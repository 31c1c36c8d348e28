package dev.rampart.rules.kube;

import dev.rampart.check.Findings;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the resource rules share: which containers need requests and limits, and how to tell. */
final class ContainerResources {
  // A quantity: a decimal number, an optional exponent, an optional suffix (m, Ki, Mi, G ...).
  private static final Pattern QUANTITY =
      Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)[A-Za-z]*");

  private ContainerResources() {}

  /**
   * One quantity that every container running with the pod must set.
   *
   * @param kind {@code limits} or {@code requests}
   * @param resource {@code cpu} or {@code memory}
   * @param what such as {@code memory limit}
   * @param consequence what follows when it is missing, as a sentence
   * @param consequenceOfLimitOnly for a request, what follows when only the limit is set (and
   *     Kubernetes takes the limit as the request)
   */
  record Requirement(
      String kind,
      String resource,
      String what,
      String consequence,
      String consequenceOfLimitOnly) {

    /** A limit of {@code resource}. */
    static Requirement limit(String resource, String what, String consequence) {
      return new Requirement("limits", resource, what, consequence, consequence);
    }

    /** A request of {@code resource}. */
    static Requirement request(
        String resource, String what, String consequence, String consequenceOfLimitOnly) {
      return new Requirement("requests", resource, what, consequence, consequenceOfLimitOnly);
    }

    /** Reports each container that runs with the pod and has no non-zero quantity. */
    void check(KubeManifests manifests, Findings out) {
      for (Workload workload : manifests.workloads()) {
        for (Container container : workload.pod().containers()) {
          if (runsWithThePod(container)) {
            check(workload, container, out);
          }
        }
      }
    }

    private void check(Workload workload, Container container, Findings out) {
      Optional<YamlEntry> resources = container.node().entry("resources");
      Optional<YamlEntry> group =
          resources.flatMap(e -> e.value().asMapping()).flatMap(m -> m.entry(kind));
      Optional<YamlEntry> quantity =
          group.flatMap(e -> e.value().asMapping()).flatMap(m -> m.entry(resource));
      String where = workload.label(container);
      if (quantity.isPresent()) {
        YamlNode value = quantity.get().value();
        if (!isSet(value) || isZero(value)) {
          out.report(
              quantity.get().position(),
              where,
              "The "
                  + what
                  + " of "
                  + container.label()
                  + (isSet(value) ? " is 0: " : " is empty: ")
                  + consequence);
        }
        return;
      }
      boolean limited =
          kind.equals("requests")
              && container
                  .node()
                  .path("resources", "limits", resource)
                  .filter(value -> isSet(value) && !isZero(value))
                  .isPresent();
      // Point at the mapping the key belongs in, when there is one.
      Position at =
          group.or(() -> resources).map(YamlEntry::position).orElseGet(container::position);
      out.report(
          at,
          where,
          container.label()
              + " sets no "
              + what
              + ": "
              + (limited ? consequenceOfLimitOnly : consequence));
    }
  }

  /**
   * The containers that run as long as the pod and so need resources: app containers and native
   * sidecars (init containers with {@code restartPolicy: Always}). An ordinary init container runs
   * to completion before them, and an ephemeral container may not set resources at all.
   */
  static boolean runsWithThePod(Container container) {
    return switch (container.role()) {
      case CONTAINER -> true;
      case INIT ->
          container
              .node()
              .get("restartPolicy")
              .flatMap(YamlNode::asText)
              .filter("Always"::equals)
              .isPresent();
      case EPHEMERAL -> false;
    };
  }

  // A quantity written with a value: not null, not an empty string.
  private static boolean isSet(YamlNode value) {
    return value.asText().filter(text -> !text.isBlank()).isPresent();
  }

  private static boolean isZero(YamlNode value) {
    Matcher m = QUANTITY.matcher(value.asText().orElse("").strip());
    return m.matches() && new BigDecimal(m.group(1)).signum() == 0;
  }
}
