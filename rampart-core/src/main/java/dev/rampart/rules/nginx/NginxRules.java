package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.nginx.NginxConfig;
import java.util.List;

/**
 * Every nginx rule. Each reads every nginx file of the scan at once, so that a fragment included by
 * an {@code nginx.conf} is judged with what it inherits there (see {@link Configs}). A new rule is
 * one class in this package and one line here.
 */
public final class NginxRules {
  private NginxRules() {}

  public static List<Check<ParsedFiles<NginxConfig>>> scanWide() {
    return List.of(
        // TLS: listeners, protocols, ciphers, HSTS (RA-NGX-001..004)
        new PlainHttpRedirects(),
        new TlsProtocolsModern(),
        new TlsCiphersStrong(),
        new HstsSent(),
        // response headers and CORS (RA-NGX-005..007)
        new SecurityHeadersSent(),
        new ServerTokensOff(),
        new CorsRestricted(),
        // rate limits (RA-NGX-008)
        new RateLimited());
  }
}
