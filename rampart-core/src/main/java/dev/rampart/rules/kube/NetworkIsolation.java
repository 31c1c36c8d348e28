package dev.rampart.rules.kube;

import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which workloads of a scan the NetworkPolicies of their namespace isolate in one direction, for
 * the rules about ingress and egress. A namespace without any policy for the direction is reported
 * once, at its first workload, since one default-deny policy fixes all of them; in a namespace that
 * has such policies, each workload none of them selects is reported.
 */
final class NetworkIsolation {
  private static final int NAMED = 5;

  private NetworkIsolation() {}

  /**
   * Reports the workloads not isolated for {@code direction} ({@code Ingress} or {@code Egress}),
   * saying that {@code consequence} follows.
   */
  static void report(
      ParsedFiles<KubeManifests> files, String direction, String consequence, Findings out) {
    // The specs of the policies for the direction, by namespace.
    Map<String, List<YamlMapping>> policies = new LinkedHashMap<>();
    Map<String, List<String>> workloads = new LinkedHashMap<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      for (KubeObject object : file.model().objects()) {
        if (object.kind().equals("NetworkPolicy")) {
          String namespace = object.metadata().namespace().orElse("default");
          object
              .node()
              .get("spec")
              .flatMap(YamlNode::asMapping)
              .filter(spec -> types(spec).contains(direction))
              .ifPresent(
                  spec -> policies.computeIfAbsent(namespace, ns -> new ArrayList<>()).add(spec));
        }
      }
      for (Workload workload : isolable(file)) {
        workloads
            .computeIfAbsent(workload.namespace(), ns -> new ArrayList<>())
            .add(workload.object().label());
      }
    }
    Set<String> reported = new HashSet<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      Findings here = out.in(file.source());
      for (Workload workload : isolable(file)) {
        String namespace = workload.namespace();
        KubeObject object = workload.object();
        List<YamlMapping> inNamespace = policies.getOrDefault(namespace, List.of());
        if (inNamespace.isEmpty()) {
          if (reported.add(namespace)) {
            here.report(
                object.position(),
                "namespace " + namespace,
                "Namespace "
                    + namespace
                    + " has no "
                    + direction
                    + " NetworkPolicy in the scan, so none of its workloads ("
                    + named(workloads.get(namespace))
                    + ") is isolated for "
                    + direction.toLowerCase(Locale.ROOT)
                    + ": "
                    + consequence
                    + ".");
          }
          continue;
        }
        Optional<YamlNode> labels = LabelSelectors.podLabels(object.kind(), object.node());
        boolean isolated =
            inNamespace.stream()
                .anyMatch(spec -> LabelSelectors.selects(spec.get("podSelector"), labels));
        if (!isolated) {
          here.report(
              object.position(),
              object.label(),
              object.label()
                  + " is selected by no "
                  + direction
                  + " NetworkPolicy of namespace "
                  + namespace
                  + ": "
                  + consequence
                  + ".");
        }
      }
    }
  }

  // A pod on the host's network is out of NetworkPolicy's reach; RA-K8S-003 reports it.
  private static List<Workload> isolable(ParsedFile<KubeManifests> file) {
    return file.model().workloads().stream()
        .filter(w -> !w.pod().node().get("hostNetwork").flatMap(YamlNode::asBoolean).orElse(false))
        .toList();
  }

  /**
   * The directions a policy isolates: its {@code policyTypes}, or when it lists none, Ingress, and
   * Egress too when it has {@code egress} rules, as the API server defaults them.
   */
  static Set<String> types(YamlMapping spec) {
    Set<String> types = new HashSet<>();
    spec.get("policyTypes").map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(type -> type.asText().stream())
        .forEach(types::add);
    if (types.isEmpty()) {
      types.add("Ingress");
      Optional<YamlNode> egress = spec.get("egress");
      if (egress.isPresent() && !egress.get().isNull()) {
        types.add("Egress");
      }
    }
    return types;
  }

  private static String named(List<String> labels) {
    String names = String.join(", ", labels.subList(0, Math.min(NAMED, labels.size())));
    return labels.size() <= NAMED
        ? names
        : names + " and " + (labels.size() - NAMED) + " other workloads";
  }
}
