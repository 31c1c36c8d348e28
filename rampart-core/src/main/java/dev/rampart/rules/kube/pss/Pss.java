package dev.rampart.rules.kube.pss;

import dev.rampart.check.Findings;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.PodSpec;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Pod Security Standards rules share: their profiles, and how the admission controller
 * reads a pod spec. It decodes the manifest into Go structs, so a key whose value is null is a nil
 * pointer, exactly like a missing key, and a string field that is null or missing is "".
 */
final class Pss {
  static final String BASELINE = "pss-baseline";
  static final String RESTRICTED = "pss-restricted";
  static final String CONTROL = "k8s.pod-security-admission";
  static final String BASELINE_DOC =
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline";
  static final String RESTRICTED_DOC =
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted";
  static final String ADMISSION_DOC =
      "https://kubernetes.io/docs/concepts/security/pod-security-admission/";
  static final String USER_NAMESPACES_DOC =
      "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"
          + "#integration-with-pod-security-admission-checks";

  /** The profile types, of seccomp and AppArmor alike, that keep a container confined. */
  private static final Set<String> CONFINING = Set.of("RuntimeDefault", "Localhost");

  private Pss() {}

  /** The entry of {@code key} unless its value is null. */
  static Optional<YamlEntry> set(YamlMapping mapping, String key) {
    return mapping.entry(key).filter(entry -> !entry.value().isNull());
  }

  static Optional<YamlEntry> set(Optional<YamlMapping> mapping, String key) {
    return mapping.flatMap(m -> set(m, key));
  }

  /** The entry reached through nested mappings by {@code keys}, unless it or a step is null. */
  static Optional<YamlEntry> field(YamlMapping mapping, String... keys) {
    Optional<YamlMapping> at = Optional.of(mapping);
    for (int i = 0; i < keys.length - 1; i++) {
      String key = keys[i];
      at = at.flatMap(m -> mapping(m, key));
    }
    return set(at, keys[keys.length - 1]);
  }

  /** The field of {@code container}'s securityContext at {@code keys}, unless it is null. */
  static Optional<YamlEntry> securityField(Container container, String... keys) {
    return container.securityContext().flatMap(context -> field(context, keys));
  }

  /** The mapping under {@code key}, when it is one. */
  static Optional<YamlMapping> mapping(YamlMapping parent, String key) {
    return set(parent, key).flatMap(entry -> entry.value().asMapping());
  }

  static boolean isTrue(YamlEntry entry) {
    return entry.value().asBoolean().orElse(false);
  }

  /** A string field as Go reads it: "" when null. */
  static String text(YamlEntry entry) {
    return entry.value().asText().orElse("");
  }

  /** The string field {@code key} of {@code mapping}, "" when it is missing or null. */
  static String text(YamlMapping mapping, String key) {
    return set(mapping, key).map(Pss::text).orElse("");
  }

  /** {@code spec.os.name: windows}, spelled so. */
  private static boolean windows(PodSpec pod) {
    return set(pod.node().get("os").flatMap(YamlNode::asMapping), "name")
        .filter(name -> text(name).equals("windows"))
        .isPresent();
  }

  /**
   * {@code hostUsers: false}: the pod has its own user namespace, so root in it is not root on the
   * node. Since policy v1.35 this relaxes the root and (baseline) /proc mount checks.
   */
  static boolean userNamespace(PodSpec pod) {
    return set(pod.node(), "hostUsers")
        .flatMap(entry -> entry.value().asBoolean())
        .filter(hostUsers -> !hostUsers)
        .isPresent();
  }

  /**
   * True for a profile ({@code seccompProfile}, {@code appArmorProfile}) of type RuntimeDefault or
   * Localhost. A profile without a type has type "", which does not confine.
   */
  static boolean confines(YamlEntry profile) {
    return CONFINING.contains(type(profile));
  }

  private static String type(YamlEntry profile) {
    return profile.value().asMapping().map(fields -> text(fields, "type")).orElse("");
  }

  /**
   * Reports every {@code profile} ({@code seccompProfile} or {@code appArmorProfile}) set on the
   * pod or a container that does not confine, at its type (or at the profile when it has none).
   */
  static void reportUnconfining(Workload workload, String profile, String kind, Findings out) {
    for (Context context : securityContexts(workload)) {
      set(context.fields(), profile)
          .filter(entry -> !confines(entry))
          .ifPresent(
              entry -> {
                String type = type(entry);
                out.report(
                    field(context.fields(), profile, "type").orElse(entry).position(),
                    context.object(),
                    context.owner()
                        + " sets "
                        + kind
                        + " profile of "
                        + (type.isEmpty() ? "no type" : "type " + type)
                        + ", not RuntimeDefault or Localhost.");
              });
    }
  }

  /** Reports every container whose procMount is set to anything but Default. */
  static void reportUnmaskedProcMounts(Workload workload, Findings out, String why) {
    for (Container container : workload.pod().containers()) {
      securityField(container, "procMount")
          .filter(procMount -> !text(procMount).equals("Default"))
          .ifPresent(
              procMount ->
                  out.report(
                      procMount.position(),
                      workload.label(container),
                      container.label()
                          + " sets procMount to \""
                          + text(procMount)
                          + "\", lifting the masks over /proc"
                          + why
                          + "."));
    }
  }

  /**
   * The workloads but those with {@code spec.os.name: windows}, which restricted exempts from its
   * Linux-only checks (since policy v1.25): the API server refuses a Windows pod that sets them.
   */
  static List<Workload> exceptWindows(KubeManifests manifests) {
    return manifests.workloads().stream().filter(workload -> !windows(workload.pod())).toList();
  }

  /** The pod's volumes. */
  static List<YamlMapping> volumes(PodSpec pod) {
    return set(pod.node(), "volumes").stream()
        .flatMap(entry -> entry.value().items().stream())
        .flatMap(item -> item.asMapping().stream())
        .toList();
  }

  /** A securityContext of a pod: the pod's own, or a container's. */
  record Context(String object, String owner, YamlMapping fields) {}

  /** The pod's securityContext, then every container's, those that are set. */
  static List<Context> securityContexts(Workload workload) {
    List<Context> contexts = new ArrayList<>();
    workload
        .pod()
        .securityContext()
        .ifPresent(
            fields -> contexts.add(new Context(workload.object().label(), "The pod", fields)));
    for (Container container : workload.pod().containers()) {
      container
          .securityContext()
          .ifPresent(
              fields ->
                  contexts.add(new Context(workload.label(container), container.label(), fields)));
    }
    return contexts;
  }

  /**
   * The metadata of the pod itself: the object's for a Pod, its pod template's for the other
   * workload kinds, since that is where the pods' annotations are written.
   */
  static Optional<YamlMapping> podMetadata(Workload workload) {
    YamlMapping object = workload.object().node();
    List<Optional<YamlNode>> templates =
        List.of(
            Optional.of(object),
            object.path("spec", "template"),
            object.path("spec", "jobTemplate", "spec", "template"));
    for (Optional<YamlNode> template : templates) {
      boolean holdsThePod =
          template.flatMap(t -> t.get("spec")).filter(workload.pod().node()::equals).isPresent();
      if (holdsThePod) {
        return template.flatMap(t -> t.get("metadata")).flatMap(YamlNode::asMapping);
      }
    }
    return Optional.empty();
  }
}
