package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-PSS-008",
    title = "PSS baseline AppArmor: no pod or container is AppArmor-unconfined",
    severity = Severity.HIGH,
    controls = {"container.mac-profile", Pss.CONTROL},
    rationale =
        "Where the node runs AppArmor, the runtime confines every container with its default"
            + " profile; `Unconfined` turns that off. The baseline standard allows only"
            + " `RuntimeDefault` and `Localhost` as `appArmorProfile.type`, in the pod's"
            + " securityContext and every container's, and still reads the deprecated"
            + " annotations `container.apparmor.security.beta.kubernetes.io/<container>` of the"
            + " pod: empty, `runtime/default` or `localhost/<profile>`.",
    remediation =
        "Remove the Unconfined profile, or set `appArmorProfile: {type: RuntimeDefault}` (or"
            + " `{type: Localhost, localhostProfile: <name>}` for a profile loaded on the nodes).",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class AppArmor implements Check<KubeManifests> {
  private static final String ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      Pss.reportUnconfining(workload, "appArmorProfile", "an AppArmor", out);
      // Deprecated by the appArmorProfile field (v1.30), the annotations are still checked.
      for (YamlEntry annotation : annotations(workload)) {
        String value = Pss.text(annotation);
        if (annotation.name().orElse("").startsWith(ANNOTATION) && !allowed(value)) {
          out.report(
              annotation.position(),
              workload.object().label(),
              "The pod's annotation "
                  + annotation.name().orElse("")
                  + " sets AppArmor profile \""
                  + value
                  + "\", not runtime/default or localhost/<profile>.");
        }
      }
    }
  }

  private static List<YamlEntry> annotations(Workload workload) {
    Optional<YamlMapping> annotations =
        Pss.podMetadata(workload).flatMap(m -> m.get("annotations")).flatMap(YamlNode::asMapping);
    return annotations.map(YamlMapping::entries).orElse(List.of());
  }

  private static boolean allowed(String annotation) {
    return annotation.isEmpty()
        || annotation.equals("runtime/default")
        || annotation.startsWith("localhost/");
  }
}
