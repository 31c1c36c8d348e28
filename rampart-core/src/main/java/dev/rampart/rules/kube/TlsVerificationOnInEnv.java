package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.TlsVariables;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-K8S-035",
    title = "No container turns TLS verification off through its env",
    severity = Severity.HIGH,
    controls = "tls.verification-on",
    rationale =
        "Without certificate verification, anyone on the network path (another pod, a"
            + " compromised node, a proxy) can pose as the server the container calls, read what"
            + " it sends, credentials included, and answer in its place. Switches such as"
            + " `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY` or `sslmode=disable` are"
            + " added to get past one certificate problem and then outlive it.",
    remediation =
        "Remove the switch. If the server uses a private CA, give the container that CA instead:"
            + " mount it from a ConfigMap and point the client at it (`NODE_EXTRA_CA_CERTS`,"
            + " `REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`, `sslrootcert=` with `sslmode=verify-full`).",
    references = {
      "https://cwe.mitre.org/data/definitions/295.html",
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
      "https://www.postgresql.org/docs/current/libpq-ssl.html"
    })
public final class TlsVerificationOnInEnv implements Check<KubeManifests> {

  @Override
  public void check(KubeManifests manifests, Findings out) {
    EnvVars.report(manifests, out, TlsVariables::verificationOff);
  }
}
