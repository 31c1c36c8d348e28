package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Rule(
    id = "RA-K8S-050",
    title = "Ingresses serve their hosts over TLS",
    severity = Severity.MEDIUM,
    controls = "tls.enabled",
    rationale =
        "An Ingress without `spec.tls` serves its hosts over plain HTTP: passwords, session"
            + " cookies and API tokens cross the network readable and alterable by anyone on"
            + " the path. With `spec.tls`, a host that none of its entries lists gets no"
            + " certificate of its own, so clients see the controller's default one and refuse"
            + " it, or are taught to click through. An entry without `hosts` covers every host,"
            + " and `*.example.com` covers one label under example.com.",
    remediation =
        "Add `tls: [{hosts: [shop.example.com], secretName: shop-tls}]` to the spec, listing"
            + " every host of the rules (cert-manager's `cert-manager.io/cluster-issuer`"
            + " annotation can issue the certificate).",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls",
      "https://cert-manager.io/docs/usage/ingress/"
    })
public final class IngressesServeTls implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      if (object.kind().equals("Ingress")) {
        check(object, out);
      }
    }
  }

  private static void check(KubeObject ingress, Findings out) {
    List<YamlNode> tls = ingress.node().path("spec", "tls").map(YamlNode::items).orElse(List.of());
    List<YamlEntry> hosts = new ArrayList<>();
    for (YamlNode rule :
        ingress.node().path("spec", "rules").map(YamlNode::items).orElse(List.of())) {
      rule.asMapping().flatMap(r -> r.entry("host")).ifPresent(hosts::add);
    }
    if (tls.isEmpty()) {
      List<String> names = hosts.stream().flatMap(h -> h.value().asText().stream()).toList();
      out.report(
          ingress.position(),
          ingress.label(),
          ingress.label()
              + " has no spec.tls, so it serves "
              + (names.isEmpty() ? "its traffic" : String.join(", ", names))
              + " over plain HTTP.");
      return;
    }
    List<String> covered = new ArrayList<>();
    for (YamlNode entry : tls) {
      List<YamlNode> listed = entry.get("hosts").map(YamlNode::items).orElse(List.of());
      if (listed.isEmpty()) {
        return; // the controller's certificate for every host
      }
      listed.forEach(h -> h.asText().ifPresent(name -> covered.add(name.toLowerCase(Locale.ROOT))));
    }
    for (YamlEntry host : hosts) {
      Optional<String> name = host.value().asText();
      if (name.isPresent() && covered.stream().noneMatch(c -> covers(c, name.get()))) {
        out.report(
            host.position(),
            ingress.label(),
            ingress.label()
                + " serves "
                + name.get()
                + " but no spec.tls entry lists it, so it gets no certificate of its own.");
      }
    }
  }

  private static boolean covers(String tlsHost, String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (tlsHost.startsWith("*.")) {
      int dot = lower.indexOf('.');
      return dot > 0 && lower.substring(dot).equals(tlsHost.substring(1));
    }
    return tlsHost.equals(lower);
  }
}
