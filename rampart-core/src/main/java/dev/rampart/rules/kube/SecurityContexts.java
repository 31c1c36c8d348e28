package dev.rampart.rules.kube;

import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.PodSpec;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlScalar;
import java.util.Optional;
import java.util.stream.Stream;

/** What the securityContext rules share: where Kubernetes reads a setting from. */
final class SecurityContexts {
  private SecurityContexts() {}

  /**
   * False for a pod that says it runs on Windows ({@code spec.os.name: windows}), where the API
   * server forbids the Linux-only settings (capabilities, seccomp, readOnlyRootFilesystem,
   * allowPrivilegeEscalation): a rule that asks for one must pass such a pod over.
   */
  static boolean linux(Workload workload) {
    return !workload
        .pod()
        .node()
        .path("os", "name")
        .flatMap(YamlNode::asText)
        .filter("windows"::equals)
        .isPresent();
  }

  /** The container's own setting of {@code field}; a null value counts as unset. */
  static Optional<YamlEntry> own(Container container, String field) {
    return container
        .securityContext()
        .flatMap(context -> context.entry(field))
        .filter(entry -> !entry.value().isNull());
  }

  /**
   * For a field only containers have ({@code allowPrivilegeEscalation}, {@code
   * readOnlyRootFilesystem}, {@code capabilities}): a note for the message when the pod sets it
   * anyway, since the author then believes it applies.
   */
  static String ignoredOnPod(PodSpec pod, String field) {
    return pod.securityContext().flatMap(context -> context.entry(field)).isPresent()
        ? " The pod's securityContext sets "
            + field
            + ", but Kubernetes reads it only per container."
        : "";
  }

  /**
   * A value that is not the boolean a field wants, as a message shows it: quoted scalars are
   * strings to Kubernetes, which then rejects the manifest, so say so.
   */
  static String written(YamlNode value) {
    if (value instanceof YamlScalar scalar) {
      return scalar.plain() ? scalar.value() : "the string \"" + scalar.value() + "\"";
    }
    return "not a boolean";
  }

  /**
   * An annotation of the pod template (the object's own metadata for a Pod), where the legacy
   * seccomp and AppArmor annotations are read. A null value counts as unset.
   */
  static Optional<YamlEntry> podAnnotation(Workload workload, String key) {
    YamlMapping object = workload.object().node();
    // The template is the mapping whose spec is the pod spec: the object itself for a Pod.
    return Stream.of(
            Optional.<YamlNode>of(object),
            object.path("spec", "template"),
            object.path("spec", "jobTemplate", "spec", "template"))
        .flatMap(Optional::stream)
        .filter(
            template ->
                template
                    .get("spec")
                    .filter(spec -> spec.position().equals(workload.pod().position()))
                    .isPresent())
        .findFirst()
        .flatMap(template -> template.path("metadata", "annotations"))
        .flatMap(YamlNode::asMapping)
        .flatMap(annotations -> annotations.entry(key))
        .filter(entry -> !entry.value().isNull());
  }
}
