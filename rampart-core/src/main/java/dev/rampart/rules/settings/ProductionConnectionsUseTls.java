package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.TlsVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-004",
    title = "Production database and broker connections keep TLS on",
    severity = Severity.HIGH,
    controls = "tls.verification-on",
    rationale =
        "A connection without TLS sends its password and every query and result in clear to"
            + " whoever is on the network path between the application and the database or"
            + " broker, and lets them answer in the server's place. Judged are production"
            + " settings, as RA-CFG-001 decides them (a development database in a local container"
            + " is reached without TLS by design). Reported: PGSSLMODE or a `*sslmode` key set to"
            + " disable, and a connection string (DATABASE_URL, a JDBC URL, a key=value DSN) with"
            + " `sslmode=disable`, `useSSL=false`, `ssl=false`, `tls=false` or"
            + " `ssl-mode=DISABLED`, unless it reaches localhost or a Unix socket. `prefer` and"
            + " `allow`, libpq's defaults, are not reported; they neither require nor verify TLS,"
            + " and `verify-full` is what to write. Messages never show the connection string.",
    remediation =
        "Require TLS and verify the server: `sslmode=verify-full` with `sslrootcert=` for"
            + " PostgreSQL, `sslMode=VERIFY_IDENTITY` for MySQL's driver, `tls=true` for MongoDB"
            + " and Redis (`rediss://`).",
    references = {
      "https://www.postgresql.org/docs/current/libpq-ssl.html",
      "https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html",
      "https://cwe.mitre.org/data/definitions/319.html"
    })
public final class ProductionConnectionsUseTls implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, TlsVariables::connectionWithoutTls);
  }
}
