package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.Map;
import java.util.Optional;

@Rule(
    id = "RA-K8S-041",
    title = "Namespaces enforce the restricted Pod Security Standard",
    severity = Severity.MEDIUM,
    controls = "k8s.pod-security-admission",
    rationale =
        "Pod Security Admission checks every pod created in a namespace against the level its"
            + " `pod-security.kubernetes.io/enforce` label names, and refuses the pods that break"
            + " it. The manifest rules here see only what is committed; the label holds for"
            + " whatever is applied later, by hand, by a chart or by an attacker with create"
            + " rights. Without the label, or with `privileged`, the namespace admits privileged"
            + " pods on the host's namespaces; with `baseline` it still admits pods that run as"
            + " root, escalate privileges or keep every default capability. The `warn` and"
            + " `audit` labels only report.",
    remediation =
        "Label the Namespace `pod-security.kubernetes.io/enforce: restricted`, with"
            + " `pod-security.kubernetes.io/enforce-version: latest` or the cluster's version. Keep"
            + " the node agents that need more (a CNI plugin, a log shipper reading host paths) in"
            + " a namespace of their own, the one place that enforces less.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    })
public final class NamespacesEnforceRestricted implements Check<KubeManifests> {
  private static final String LABEL = "pod-security.kubernetes.io/enforce";
  private static final Map<String, String> WEAKER =
      Map.of(
          "privileged",
          "enforces privileged, which restricts nothing: it admits privileged pods",
          "baseline",
          "enforces baseline only, so it admits pods that run as root or escalate privileges");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      if (!object.kind().equals("Namespace")) {
        continue;
      }
      Optional<YamlEntry> label =
          object
              .node()
              .path("metadata", "labels")
              .flatMap(YamlNode::asMapping)
              .flatMap(labels -> labels.entry(LABEL));
      Optional<String> level = label.flatMap(entry -> entry.value().asText());
      if (level.isEmpty()) {
        out.report(
            object.position(),
            object.label(),
            object.label()
                + " has no "
                + LABEL
                + " label, so Pod Security Admission admits privileged pods into it.");
      } else if (!level.get().equals("restricted")) {
        out.report(
            label.get().position(),
            object.label(),
            object.label()
                + " "
                + WEAKER.getOrDefault(
                    level.get(),
                    "names \""
                        + level.get()
                        + "\", which is not a Pod Security level (privileged, baseline,"
                        + " restricted)")
                + ".");
      }
    }
  }
}
