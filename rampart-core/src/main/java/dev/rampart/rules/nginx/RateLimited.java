package dev.rampart.rules.nginx;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.format.nginx.Scope;
import dev.rampart.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-NGX-008",
    title = "Proxied locations are rate limited, and auth locations more strictly",
    severity = Severity.MEDIUM,
    controls = "api.rate-limiting",
    aliases = {},
    rationale =
        "Without a per-client limit one client can exhaust the upstream, and guess passwords or"
            + " tokens as fast as the network allows. A location that passes requests to an"
            + " upstream (`proxy_pass`, `fastcgi_pass`, `uwsgi_pass`, `grpc_pass`, `scgi_pass`)"
            + " needs a `limit_req` in effect: its own, or its server's or `http`'s, which it"
            + " inherits only when it writes none (limit_req is an array directive, like"
            + " add_header). A location whose path looks like authentication (`login`, `auth`,"
            + " `token`, `oauth`, `signin`, `session`, `password`, `register`, `signup`) needs"
            + " a limit_req of its own whose zone's rate (`limit_req_zone ... rate=`) is below"
            + " the one of its server.",
    remediation =
        "Define zones in `http`: `limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;`"
            + " and `limit_req_zone $binary_remote_addr zone=auth:10m rate=5r/m;`; write"
            + " `limit_req zone=api burst=20 nodelay;` in the server, and `limit_req zone=auth"
            + " burst=5;` in the login location. `limit_req_status 429;` tells clients why.",
    references = {
      "https://nginx.org/en/docs/http/ngx_http_limit_req_module.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html"
    })
public final class RateLimited implements Check<ParsedFiles<NginxConfig>> {
  private static final Set<String> PASSES =
      Set.of("proxy_pass", "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass");
  private static final Pattern AUTH =
      Pattern.compile("(?i)login|signin|sign-in|auth|token|oauth|session|password|register|signup");
  private static final Pattern RATE = Pattern.compile("rate=(\\d+(?:\\.\\d+)?)r/([sm])");

  @Override
  public void check(ParsedFiles<NginxConfig> files, Findings out) {
    Configs.each(
        files,
        out,
        (config, report) -> {
          Map<String, Double> rates = rates(config);
          for (Scope server : config.servers()) {
            for (Scope location : server.descendants()) {
              Optional<Directive> pass =
                  location.directives().stream().filter(d -> PASSES.contains(d.name())).findFirst();
              if (pass.isEmpty() || location.hasUnreadInclude()) {
                continue;
              }
              List<Directive> limits = location.inheritedArray("limit_req");
              if (limits.isEmpty()) {
                report.at(
                    pass.get(),
                    server.label(),
                    location.label()
                        + " passes requests upstream with no limit_req in effect, so one client"
                        + " may send as many as it likes.");
              } else if (AUTH.matcher(String.join(" ", location.block().args())).find()
                  && !stricter(location, server, rates)) {
                report.at(
                    location.block(),
                    server.label(),
                    location.label()
                        + " looks like authentication but has no limit_req stricter than its"
                        + " server's, so passwords and tokens may be guessed at the general rate.");
              }
            }
          }
        });
  }

  private static boolean stricter(Scope location, Scope server, Map<String, Double> rates) {
    Optional<Scope> source = location.arraySource("limit_req");
    if (source.isEmpty() || source.get().block() == null) {
      return false;
    }
    String kind = source.get().block().name();
    if (!kind.equals("location") && !kind.equals("if")) {
      return false;
    }
    List<Directive> general = server.inheritedArray("limit_req");
    if (general.isEmpty()) {
      return true;
    }
    OptionalDouble own = minRate(location.inheritedArray("limit_req"), rates);
    OptionalDouble above = minRate(general, rates);
    return own.isEmpty() || above.isEmpty() || own.getAsDouble() < above.getAsDouble();
  }

  private static OptionalDouble minRate(List<Directive> limits, Map<String, Double> rates) {
    return limits.stream()
        .flatMap(d -> d.args().stream())
        .filter(a -> a.startsWith("zone="))
        .map(a -> rates.get(a.substring("zone=".length())))
        .filter(r -> r != null)
        .mapToDouble(Double::doubleValue)
        .min();
  }

  /** Each zone's rate in requests per second. */
  private static Map<String, Double> rates(NginxConfig config) {
    Map<String, Double> rates = new HashMap<>();
    for (Scope scope : config.top().walk()) {
      for (Directive zone : scope.own("limit_req_zone")) {
        String name = "";
        double rate = -1;
        for (String arg : zone.args()) {
          if (arg.startsWith("zone=")) {
            name = arg.substring(5).replaceFirst(":.*", "");
          }
          Matcher m = RATE.matcher(arg);
          if (m.matches()) {
            rate = Double.parseDouble(m.group(1)) / (m.group(2).equals("m") ? 60 : 1);
          }
        }
        if (!name.isEmpty() && rate >= 0) {
          rates.put(name, rate);
        }
      }
    }
    return rates;
  }
}
