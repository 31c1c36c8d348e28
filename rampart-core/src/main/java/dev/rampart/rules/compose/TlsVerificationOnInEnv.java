package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.TlsVariables;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-022",
    title = "No service turns TLS verification off through its environment",
    severity = Severity.HIGH,
    controls = "tls.verification-on",
    aliases = {},
    rationale =
        "A client that does not verify certificates talks to whoever answers: anyone on the path"
            + " (a compromised container on the same network, a hostile Wi-Fi, a DNS spoof) reads"
            + " and changes the traffic, credentials included. Checked are the service's"
            + " `environment` values, with defaults and the `.env` file interpolated:"
            + " `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`,"
            + " names ending with INSECURE_SKIP_VERIFY or TLS_VERIFY switched off, connection"
            + " strings with `sslmode=disable` to a host other than localhost.",
    remediation =
        "Remove the variable and give the client the CA that signed the server's certificate"
            + " (`NODE_EXTRA_CA_CERTS`, `REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`, or `sslrootcert`"
            + " with `sslmode=verify-full`).",
    references = {
      "https://cwe.mitre.org/data/definitions/295.html",
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue"
    })
public final class TlsVerificationOnInEnv implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Environments.report(file, out, TlsVariables::verificationOff);
  }
}
