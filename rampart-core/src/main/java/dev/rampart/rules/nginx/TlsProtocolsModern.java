package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-NGX-002",
    title = "TLS servers accept only TLS 1.2 and 1.3",
    severity = Severity.HIGH,
    controls = "tls.modern-config",
    aliases = {},
    rationale =
        "SSLv2, SSLv3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and weak"
            + " handshakes, and RFC 8996 deprecates TLS 1.0 and 1.1. Every `ssl_protocols` is"
            + " read, wherever it is. A TLS server with no `ssl_protocols` in effect takes"
            + " nginx's default, which depends on its version: TLSv1 TLSv1.1 TLSv1.2 (and"
            + " TLSv1.3 from 1.13.0) before 1.23.4, only TLSv1.2 TLSv1.3 since; write it, so the"
            + " image's version cannot decide. An `include` that could not be read may hold it,"
            + " so its absence is not judged there.",
    remediation =
        "Write `ssl_protocols TLSv1.2 TLSv1.3;` in the `http` block (or each TLS server).",
    references = {
      "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols",
      "https://ssl-config.mozilla.org/",
      "https://www.rfc-editor.org/rfc/rfc8996"
    })
public final class TlsProtocolsModern implements Check<ParsedFiles<NginxConfig>> {
  private static final Set<String> OLD = Set.of("SSLv2", "SSLv3", "TLSv1", "TLSv1.1");

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope scope : config.top().walk()) {
            for (Directive protocols : scope.own("ssl_protocols")) {
              for (int i = 0; i < protocols.args().size(); i++) {
                if (OLD.contains(protocols.args().get(i))) {
                  report.at(
                      protocols,
                      protocols.argAt(i),
                      scope.label(),
                      "ssl_protocols enables "
                          + protocols.args().get(i)
                          + ", which is deprecated and attackable: allow only TLSv1.2 and"
                          + " TLSv1.3.");
                }
              }
            }
          }
          for (Scope server : config.servers()) {
            Optional<Directive> protocols = server.inherited("ssl_protocols");
            if (Servers.isTls(server) && protocols.isEmpty() && !server.hasUnreadInclude()) {
              report.at(
                  server.block(),
                  server.label(),
                  server.label()
                      + " accepts TLS with no ssl_protocols, so the nginx version decides: before"
                      + " 1.23.4 that is TLSv1 and TLSv1.1 too.");
            }
          }
        });
  }
}
