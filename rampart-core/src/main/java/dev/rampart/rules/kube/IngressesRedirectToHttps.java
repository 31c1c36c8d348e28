package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-051",
    title = "Ingresses redirect plain HTTP to HTTPS",
    severity = Severity.MEDIUM,
    controls = "tls.enabled",
    rationale =
        "ingress-nginx redirects HTTP to HTTPS for every Ingress with TLS, unless the"
            + " `nginx.ingress.kubernetes.io/ssl-redirect` annotation says \"false\": then the"
            + " same site answers on plain HTTP too, and a bookmark, a typed address or an"
            + " attacker's downgrade sends cookies and credentials in clear.",
    remediation =
        "Remove the annotation (the redirect is the default), or set it to \"true\"; serve"
            + " `Strict-Transport-Security` so browsers stop trying HTTP at all. An HTTP-01 ACME"
            + " challenge needs no exception: cert-manager and ingress-nginx already let it"
            + " through.",
    references = {
      "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect"
    })
public final class IngressesRedirectToHttps implements Check<KubeManifests> {
  private static final String ANNOTATION = "nginx.ingress.kubernetes.io/ssl-redirect";

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject object : manifests.objects()) {
      if (!object.kind().equals("Ingress")) {
        continue;
      }
      object
          .node()
          .path("metadata", "annotations")
          .flatMap(YamlNode::asMapping)
          .flatMap(annotations -> annotations.entry(ANNOTATION))
          .filter(entry -> entry.value().asText().filter("false"::equalsIgnoreCase).isPresent())
          .ifPresent(
              entry ->
                  out.report(
                      entry.position(),
                      object.label(),
                      object.label()
                          + " sets "
                          + ANNOTATION
                          + ": \"false\", so it also serves its hosts over plain HTTP."));
    }
  }
}
