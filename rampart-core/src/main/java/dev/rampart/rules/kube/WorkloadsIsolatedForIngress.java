package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-042",
    title = "A NetworkPolicy restricts the traffic into every workload",
    severity = Severity.MEDIUM,
    controls = "k8s.network-policy",
    aliases = {"kube-score:pod-networkpolicy", "kube-linter:non-isolated-pod"},
    rationale =
        "Kubernetes lets every pod connect to every other pod, across namespaces, until a"
            + " NetworkPolicy with policy type Ingress selects it; then only what the policies"
            + " allow gets in. One compromised pod can otherwise reach every database, admin"
            + " port and internal API of the cluster. Policies are matched across every manifest"
            + " of the scan, by namespace and by the pod template's labels against each policy's"
            + " podSelector (`podSelector: {}` selects every pod of its namespace). A namespace"
            + " without any Ingress policy is reported once, at its first workload, since one"
            + " default-deny policy fixes them all; in a namespace with such policies, each"
            + " workload none of them selects is reported. Pods on the host network are out of a"
            + " NetworkPolicy's reach and are left to RA-K8S-003. kube-score grades a pod whose"
            + " policies cover only one direction as a warning; this rule and its egress counterpart"
            + " RA-K8S-043 together report what it reports.",
    remediation =
        "Add a default-deny policy to each namespace (`kind: NetworkPolicy`, `spec: {podSelector:"
            + " {}, policyTypes: [Ingress]}`), then one policy per workload that allows its"
            + " callers, for example `ingress: [{from: [{podSelector: {matchLabels: {app:"
            + " frontend}}}], ports: [{port: 8080}]}]`.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic",
      "https://kubernetes.io/docs/concepts/security/security-checklist/#network-security"
    })
public final class WorkloadsIsolatedForIngress implements Check<ParsedFiles<KubeManifests>> {

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    NetworkIsolation.report(
        files, "Ingress", "every pod of the cluster may open connections to these pods", out);
  }
}
