package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-K8S-040",
    title = "Pods do not automount a service account token",
    severity = Severity.MEDIUM,
    controls = "k8s.service-account-token",
    aliases = {
      "polaris:automountServiceAccountToken",
      "kubesec:AutomountServiceAccountToken",
      "kube-linter:automount-service-account-token",
      "checkov:CKV_K8S_38"
    },
    rationale =
        "Unless told otherwise, the kubelet mounts a token of the pod's ServiceAccount into every"
            + " container, at /var/run/secrets/kubernetes.io/serviceaccount: whoever gets code"
            + " execution in any of them can call the API server with the ServiceAccount's"
            + " permissions, and most workloads never call it. `automountServiceAccountToken:"
            + " false` on the pod spec stops the mount, and so does the same on the"
            + " ServiceAccount when the pod spec does not set it; the pod's setting wins. The"
            + " ServiceAccount (`serviceAccountName`, `default` when unset, in the pod's"
            + " namespace) is looked up in every manifest of the scan, so one defined in another"
            + " file counts. The peers that read only the pod spec (kubesec, kube-linter,"
            + " checkov) also report a pod whose ServiceAccount turns the mount off; this rule"
            + " does not, as no token is mounted.",
    remediation =
        "Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount. A"
            + " workload that calls the API should have a ServiceAccount of its own, bound to a"
            + " minimal Role, and mount its token explicitly (a projected volume with a short"
            + " `expirationSeconds`).",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://kubernetes.io/docs/concepts/security/service-accounts/"
    })
public final class ServiceAccountTokenNotAutomounted implements Check<ParsedFiles<KubeManifests>> {
  private static final String KEY = "automountServiceAccountToken";

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    // namespace/name of every ServiceAccount of the scan that turns the mount off
    Set<String> optedOut = new HashSet<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      for (KubeObject object : file.model().objects()) {
        if (object.kind().equals("ServiceAccount")
            && object.metadata().name().isPresent()
            && object.node().get(KEY).flatMap(YamlNode::asBoolean).equals(Optional.of(false))) {
          optedOut.add(
              object.metadata().namespace().orElse("default")
                  + "/"
                  + object.metadata().name().get());
        }
      }
    }
    for (ParsedFile<KubeManifests> file : files.files()) {
      Findings here = out.in(file.source());
      for (Workload workload : file.model().workloads()) {
        check(workload, optedOut, here);
      }
    }
  }

  private static void check(Workload workload, Set<String> optedOut, Findings out) {
    YamlMapping pod = workload.pod().node();
    String account = workload.namespace() + "/" + serviceAccount(pod);
    String label = workload.object().label();
    Optional<YamlEntry> own = pod.entry(KEY).filter(entry -> !entry.value().isNull());
    if (own.isPresent()) {
      Optional<Boolean> value = own.get().value().asBoolean();
      if (value.equals(Optional.of(false))) {
        return;
      }
      out.report(
          own.get().position(),
          label,
          label
              + (value.isPresent()
                  ? " sets automountServiceAccountToken: true"
                  : " sets automountServiceAccountToken to something other than false")
              + ", so every container gets a token of ServiceAccount "
              + account
              + (optedOut.contains(account) ? ", overriding the ServiceAccount's false." : "."));
    } else if (!optedOut.contains(account)) {
      out.report(
          workload.object().position(),
          label,
          label
              + " gets a token of ServiceAccount "
              + account
              + " in every container: neither its pod spec nor that ServiceAccount, in any"
              + " manifest scanned, sets automountServiceAccountToken: false.");
    }
  }

  // serviceAccount is the deprecated spelling, still read when serviceAccountName is unset.
  private static String serviceAccount(YamlMapping pod) {
    return pod.get("serviceAccountName")
        .flatMap(YamlNode::asText)
        .or(() -> pod.get("serviceAccount").flatMap(YamlNode::asText))
        .filter(name -> !name.isEmpty())
        .orElse("default");
  }
}
