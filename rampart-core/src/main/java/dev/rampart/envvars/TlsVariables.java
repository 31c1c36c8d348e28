package dev.rampart.envvars;

import dev.rampart.secrets.SecretNames;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variables that turn TLS off, or its certificate verification, for the programs that
 * read them: {@code NODE_TLS_REJECT_UNAUTHORIZED=0}, {@code GIT_SSL_NO_VERIFY=1}, {@code
 * TLS_VERIFY=false}, a connection string with {@code sslmode=disable}.
 */
public final class TlsVariables {
  // Names that say "skip verification" when switched on: INSECURE_SKIP_VERIFY=true.
  private static final List<String> SKIP_ENDINGS =
      List.of(
          "INSECURE_SKIP_VERIFY",
          "VAULT_SKIP_VERIFY",
          "INSECURE_SKIP_TLS_VERIFY",
          "SKIP_TLS_VERIFY",
          "TLS_SKIP_VERIFY",
          "SKIP_SSL_VERIFY",
          "SSL_SKIP_VERIFY",
          "SKIP_CERT_VERIFY",
          "TLS_NO_VERIFY",
          "SSL_NO_VERIFY",
          "NO_VERIFY_SSL",
          "TLS_INSECURE",
          "SSL_INSECURE",
          "INSECURE_TLS",
          "INSECURE_SSL");

  // Names that say "verify" and are switched off: TLS_VERIFY=false.
  private static final List<String> VERIFY_ENDINGS =
      List.of(
          "TLS_VERIFY",
          "SSL_VERIFY",
          "VERIFY_SSL",
          "VERIFY_TLS",
          "TLS_VERIFICATION",
          "SSL_VERIFICATION",
          "VERIFY_CERT",
          "VERIFY_CERTS",
          "CERT_VERIFY",
          "SSL_CERT_VERIFY",
          "TLS_VERIFY_PEER",
          "SSL_VERIFY_PEER");

  // Connection-string options, in a URL's query or a key=value DSN.
  private static final Pattern SSLMODE_DISABLE =
      Pattern.compile("(?i)(?:^|[?&;\\s])sslmode=disable(?![\\w-])");
  private static final Pattern ANY_CERTIFICATE =
      Pattern.compile(
          "(?i)[?&;](tls=skip-verify|(?:tlsInsecure|tlsAllowInvalidCertificates"
              + "|tlsAllowInvalidHostnames|sslAllowInvalidCertificates|sslAllowInvalidHostnames)"
              + "=true|ssl_cert_reqs=(?:none|cert_none))(?![\\w-])");

  // Connection-string options that turn TLS off: PostgreSQL, MySQL's JDBC driver and MongoDB.
  private static final Pattern WITHOUT_TLS =
      Pattern.compile(
          "(?i)(?:^|[?&;\\s])(sslmode=disable|usessl=false|ssl=false|tls=false"
              + "|ssl-?mode=disabled)(?![\\w-])");

  // A connection to the pod itself (a Cloud SQL or PgBouncer sidecar) or to a Unix socket never
  // leaves the pod: TLS there protects nothing.
  private static final Pattern LOCAL_HOST =
      Pattern.compile("(?i)(?:@|//|host=)(?:localhost|127\\.0\\.0\\.1|\\[::1]|/)(?![\\w.-])");

  private TlsVariables() {}

  /**
   * What {@code name=value} does to TLS, as a clause to follow the variable's name ("is 0, so
   * Node.js accepts any server certificate"), or empty when it leaves verification on. The clause
   * never quotes the value, which may hold a password, except a switch word such as {@code false}.
   */
  public static Optional<String> verificationOff(String name, String value) {
    String v = value.strip();
    Optional<String> known = knownVariable(name, v);
    if (known.isPresent()) {
      return known;
    }
    return switchedOff(name, v).or(() -> connectionString(v));
  }

  /**
   * Like {@link #verificationOff}, but only what makes a client accept any certificate: switches
   * and connection options that skip verification. A connection without TLS at all ({@code
   * sslmode=disable}, {@code PGSSLMODE=disable}) is {@link #connectionWithoutTls}'s.
   */
  public static Optional<String> certificateChecksOff(String name, String value) {
    String v = value.strip();
    if (name.equals("PGSSLMODE")) {
      return Optional.empty();
    }
    return knownVariable(name, v)
        .or(() -> switchedOff(name, v))
        .or(() -> LOCAL_HOST.matcher(v).find() ? Optional.empty() : anyCertificate(v));
  }

  /**
   * What {@code name=value} does when it connects to a database or broker without TLS, as a clause
   * to follow the variable's name, or empty: {@code PGSSLMODE=disable}, a key such as {@code
   * database.sslmode} set to {@code disable}, or a connection string with {@code sslmode=disable},
   * {@code useSSL=false}, {@code ssl=false}, {@code tls=false} or {@code ssl-mode=DISABLED}, to any
   * host but the local one. {@code sslmode=prefer} and {@code allow}, libpq's defaults, are not
   * reported. Never quotes the value.
   */
  public static Optional<String> connectionWithoutTls(String name, String value) {
    String v = value.strip();
    String normal = SecretNames.normalise(name);
    boolean modeKey =
        normal.equals("PGSSLMODE") || normal.endsWith("SSLMODE") || normal.endsWith("SSL_MODE");
    if (modeKey && (v.equalsIgnoreCase("disable") || v.equalsIgnoreCase("disabled"))) {
      return Optional.of("is " + v + ", so the client connects without TLS");
    }
    if (LOCAL_HOST.matcher(v).find()) {
      return Optional.empty();
    }
    Matcher plain = WITHOUT_TLS.matcher(v);
    if (plain.find()) {
      return Optional.of(
          "holds a connection string with "
              + plain.group(1)
              + ", so the connection has no TLS and its password and data cross the network in"
              + " clear");
    }
    return Optional.empty();
  }

  private static Optional<String> switchedOff(String name, String v) {
    String normal = SecretNames.normalise(name);
    // Docker verifies whenever DOCKER_TLS_VERIFY is non-empty, even "0": no switch-off to report.
    if (!normal.equals("DOCKER_TLS_VERIFY")) {
      if (Switches.isOn(v) && SKIP_ENDINGS.stream().anyMatch(normal::endsWith)) {
        return Optional.of("is " + v + ", and its name says it skips TLS verification");
      }
      if (Switches.isOff(v) && VERIFY_ENDINGS.stream().anyMatch(normal::endsWith)) {
        return Optional.of("is " + v + ", which turns TLS certificate verification off");
      }
      // Node.js's tls and https options (rejectUnauthorized: false) in a config file; the
      // NODE_TLS_REJECT_UNAUTHORIZED variable switches off with 0 alone, as knownVariable says.
      if (Switches.isOff(v)
          && normal.endsWith("REJECT_UNAUTHORIZED")
          && !normal.equals("NODE_TLS_REJECT_UNAUTHORIZED")) {
        return Optional.of("is " + v + ", so the client accepts any server certificate");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> knownVariable(String name, String v) {
    String clause =
        switch (name) {
          case "NODE_TLS_REJECT_UNAUTHORIZED" ->
              v.equals("0") ? "is 0, so Node.js accepts any server certificate" : null;
          case "PYTHONHTTPSVERIFY" ->
              v.equals("0") ? "is 0, so Python's HTTPS clients skip certificate checks" : null;
          // Git skips verification when the variable is set at all, whatever its value.
          case "GIT_SSL_NO_VERIFY" -> "is set, so Git accepts any server certificate";
          case "NPM_CONFIG_STRICT_SSL", "npm_config_strict_ssl" ->
              Switches.isOff(v) ? "is " + v + ", so npm accepts any registry certificate" : null;
          case "YARN_ENABLE_STRICT_SSL" ->
              Switches.isOff(v) ? "is " + v + ", so Yarn accepts any registry certificate" : null;
          case "PIP_TRUSTED_HOST" ->
              v.isEmpty() ? null : "names hosts whose certificates pip does not check";
          // An empty bundle made Python's requests skip verification (a well-known workaround).
          case "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE" ->
              v.isEmpty()
                  ? "is empty, which makes older versions of Python's requests skip certificate"
                      + " checks"
                  : null;
          case "PGSSLMODE" ->
              v.equalsIgnoreCase("disable")
                  ? "is disable, so PostgreSQL clients connect without TLS"
                  : null;
          default -> null;
        };
    return Optional.ofNullable(clause);
  }

  private static Optional<String> connectionString(String v) {
    if (LOCAL_HOST.matcher(v).find()) {
      return Optional.empty();
    }
    if (SSLMODE_DISABLE.matcher(v).find()) {
      return Optional.of(
          "holds a connection string with sslmode=disable, so the database connection has no TLS");
    }
    return anyCertificate(v);
  }

  private static Optional<String> anyCertificate(String v) {
    Matcher any = ANY_CERTIFICATE.matcher(v);
    if (any.find()) {
      return Optional.of(
          "holds a connection string with "
              + any.group(1)
              + ", which accepts any server certificate");
    }
    return Optional.empty();
  }
}
