package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@Rule(
    id = "RA-NGX-003",
    title = "ssl_ciphers enables no NULL, export, RC4, DES, 3DES or MD5 cipher",
    severity = Severity.HIGH,
    controls = "tls.modern-config",
    aliases = {},
    rationale =
        "NULL ciphers encrypt nothing and anonymous (aNULL) ones authenticate nobody; export"
            + " ciphers are breakable in hours (FREAK, Logjam), RC4 is biased, DES and 3DES have"
            + " 64-bit blocks (Sweet32) and MD5 is broken. Each element of `ssl_ciphers` that"
            + " names one of them without excluding it (`!RC4`, `-MD5`) is reported, and so is"
            + " `@SECLEVEL=0`, which lets OpenSSL negotiate all of them. Without `ssl_ciphers`"
            + " nginx uses `HIGH:!aNULL:!MD5`, which passes.",
    remediation =
        "Use Mozilla's intermediate list, for example `ssl_ciphers"
            + " ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;`,"
            + " or leave nginx's default.",
    references = {
      "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_ciphers",
      "https://ssl-config.mozilla.org/",
      "https://docs.openssl.org/master/man1/openssl-ciphers/"
    })
public final class TlsCiphersStrong implements Check<ParsedFiles<NginxConfig>> {
  private static final Pattern WEAK =
      Pattern.compile(
          "(?i)(?:^|[-_+])(?:e?null|anull|exp|export\\w*|rc4|des|3des|des-cbc3|md5|low|adh|aecdh)"
              + "(?:$|[-_+])");

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          for (Scope scope : config.top().walk()) {
            for (Directive ciphers : scope.own("ssl_ciphers")) {
              List<String> weak = new ArrayList<>();
              for (String element : String.join(":", ciphers.args()).split("[:, ]+", -1)) {
                if (element.equalsIgnoreCase("@SECLEVEL=0")
                    || (!element.startsWith("!")
                        && !element.startsWith("-")
                        && WEAK.matcher(element).find())) {
                  weak.add(element);
                }
              }
              if (!weak.isEmpty()) {
                report.at(
                    ciphers,
                    ciphers.argAt(0),
                    scope.label(),
                    "ssl_ciphers enables weak ciphers: " + String.join(", ", weak) + ".");
              }
            }
          }
        });
  }
}
