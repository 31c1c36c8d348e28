package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.TlsVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-003",
    title = "No settings file turns TLS certificate verification off",
    severity = Severity.HIGH,
    controls = "tls.verification-on",
    rationale =
        "Without certificate verification, anyone on the network path can pose as the server"
            + " the application calls, read what it sends, credentials included, and answer in"
            + " its place. Switches such as `NODE_TLS_REJECT_UNAUTHORIZED=0`,"
            + " `PYTHONHTTPSVERIFY=0`, `TLS_VERIFY=false`, `ssl.verify: false`,"
            + " `rejectUnauthorized: false` or a connection string with `tlsInsecure=true` are"
            + " added to get past one certificate problem and then outlive it, and a development"
            + " file's switch travels: it is copied into the next environment's file. So every"
            + " settings file is judged, whatever its environment, templates such as .env.example"
            + " too. A connection without TLS at all (`sslmode=disable`) is RA-CFG-004's.",
    remediation =
        "Remove the switch. If the server uses a private CA, give the client that CA instead"
            + " (`NODE_EXTRA_CA_CERTS`, `REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`, `sslrootcert=` with"
            + " `sslmode=verify-full`).",
    references = {
      "https://cwe.mitre.org/data/definitions/295.html",
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
      "https://peps.python.org/pep-0476/"
    })
public final class TlsVerificationOn implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.report(file, out, setting -> true, TlsVariables::certificateChecksOff, "");
  }
}
