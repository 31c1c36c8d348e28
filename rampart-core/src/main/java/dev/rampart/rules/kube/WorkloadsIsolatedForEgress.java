package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-043",
    title = "A NetworkPolicy restricts the traffic out of every workload",
    severity = Severity.LOW,
    controls = "k8s.network-policy",
    aliases = {"kube-score:pod-networkpolicy"},
    rationale =
        "Until a NetworkPolicy with policy type Egress selects a pod, the pod may connect"
            + " anywhere: to other namespaces, to the cloud's metadata endpoint and its"
            + " credentials, to the internet to fetch tools or send data out. Limiting egress"
            + " (often to DNS and the few services a workload calls) turns a compromised pod"
            + " into a contained one. A policy that lists no policyTypes isolates egress only"
            + " when it has `egress` rules, as the API server defaults it. Policies are matched"
            + " across the scan as for RA-K8S-042: a namespace without any Egress policy is"
            + " reported once, otherwise each workload no Egress policy selects.",
    remediation =
        "Add a default-deny egress policy to each namespace (`spec: {podSelector: {},"
            + " policyTypes: [Egress], egress: [{ports: [{port: 53, protocol: UDP}, {port: 53,"
            + " protocol: TCP}]}]}` keeps DNS), then allow each workload the destinations it"
            + " calls.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-egress-traffic",
      "https://kubernetes.io/docs/concepts/security/security-checklist/#network-security"
    })
public final class WorkloadsIsolatedForEgress implements Check<ParsedFiles<KubeManifests>> {

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    NetworkIsolation.report(
        files,
        "Egress",
        "these pods may connect anywhere: other namespaces, the cloud metadata endpoint, the"
            + " internet",
        out);
  }
}
