package dev.rampart.rules.kube;

import dev.rampart.check.Findings;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seccomp or AppArmor profile that applies to a container, found as the kubelet finds it: the
 * container's securityContext field, then its legacy annotation, then the pod's field, then the
 * pod's legacy annotation (seccomp only).
 */
final class Profiles {
  private Profiles() {}

  /** The two kinds of profile, where each is written. */
  enum Kind {
    SECCOMP(
        "seccompProfile",
        "container.seccomp.security.alpha.kubernetes.io/",
        Optional.of("seccomp.security.alpha.kubernetes.io/pod")),
    APPARMOR(
        "appArmorProfile", "container.apparmor.security.beta.kubernetes.io/", Optional.empty());

    private final String field;
    private final String containerAnnotation;
    private final Optional<String> podAnnotation;

    Kind(String field, String containerAnnotation, Optional<String> podAnnotation) {
      this.field = field;
      this.containerAnnotation = containerAnnotation;
      this.podAnnotation = podAnnotation;
    }
  }

  /**
   * A profile that applies.
   *
   * @param setting the {@code type} entry, or the annotation, that chose it
   * @param type {@code RuntimeDefault}, {@code Localhost}, {@code Unconfined}, or what else is
   *     written; annotation values are translated ({@code runtime/default} is RuntimeDefault)
   * @param source where it was chosen, for messages
   */
  record Profile(YamlEntry setting, String type, String source) {
    boolean unconfined() {
      return type.equals("Unconfined");
    }

    /** For example {@code The pod's seccompProfile type is Unconfined}. */
    String said() {
      return source + " is " + setting.value().asText().orElse(type);
    }
  }

  /**
   * Reports each container of {@code manifests} whose profile of {@code kind} is Unconfined, at the
   * setting that chose it; {@code consequence} says what that means for the container.
   */
  static void reportUnconfined(
      KubeManifests manifests, Kind kind, Findings out, Function<Container, String> consequence) {
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        effective(workload, container, kind)
            .filter(Profile::unconfined)
            .ifPresent(
                profile ->
                    out.report(
                        profile.setting.position(),
                        workload.label(container),
                        profile.said() + ": " + consequence.apply(container)));
      }
    }
  }

  static Optional<Profile> effective(Workload workload, Container container, Kind kind) {
    return field(container.securityContext(), kind, "The container's")
        .or(
            () ->
                container
                    .name()
                    .flatMap(name -> annotation(workload, kind.containerAnnotation + name)))
        .or(() -> field(workload.pod().securityContext(), kind, "The pod's"))
        .or(() -> kind.podAnnotation.flatMap(key -> annotation(workload, key)));
  }

  private static Optional<Profile> field(Optional<YamlMapping> context, Kind kind, String whose) {
    return context
        .flatMap(c -> c.get(kind.field))
        .flatMap(YamlNode::asMapping)
        .flatMap(profile -> profile.entry("type"))
        .flatMap(
            type ->
                type.value()
                    .asText()
                    .map(text -> new Profile(type, text, whose + " " + kind.field + " type")));
  }

  private static Optional<Profile> annotation(Workload workload, String key) {
    return SecurityContexts.podAnnotation(workload, key)
        .flatMap(
            entry ->
                entry
                    .value()
                    .asText()
                    .map(value -> new Profile(entry, translate(value), "The annotation " + key)));
  }

  /** The annotations' spelling of the profile types. */
  private static String translate(String value) {
    if (value.equals("runtime/default") || value.equals("docker/default")) {
      return "RuntimeDefault";
    }
    if (value.equals("unconfined")) {
      return "Unconfined";
    }
    return value.startsWith("localhost/") ? "Localhost" : value;
  }
}
