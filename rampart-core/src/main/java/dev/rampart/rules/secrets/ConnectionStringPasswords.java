package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import dev.rampart.secrets.UrlCredentials;
import java.util.List;

@Rule(
    id = "RA-SEC-039",
    title = "No password is written into a database connection string",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    rationale =
        "An ADO.NET or ODBC connection string (`Server=db;User Id=app;Password=s3cret;`) or a JDBC"
            + " URL with `password=` carries the password in clear: whoever reads the file or its"
            + " history can connect as that user.",
    remediation =
        "Rotate the password, then keep it out of the string: managed identity or integrated"
            + " authentication where the database supports it, or a connection string assembled at"
            + " run time from a secret store (ASP.NET Core user secrets in development, Key Vault or"
            + " a Kubernetes Secret in production).",
    references = {
      "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings",
      "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
      "https://jdbc.postgresql.org/documentation/use/#connection-parameters"
    })
public final class ConnectionStringPasswords implements SecretRule {
  // Another key of a connection string, so that "password=" alone (a form, a query) is not one.
  private static final String OTHER_KEY =
      "(?i:server|data source|datasource|host|hostname|address|addr|network address"
          + "|initial catalog|database|dbname|user id|userid|uid|user|username|port|provider"
          + "|driver|dsn|trusted_connection|encrypt)";

  // A value: up to the next ";", or quoted.
  private static final String VALUE = "(?P<secret>'[^'\\r\\n]+'|\"[^\"\\r\\n]+\"|[^;'\"\\s<>]+)";

  private static final String PASSWORD_KEY = "(?i:password|pwd)[ \\t]*=[ \\t]*";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("password in a connection string")
              .keywords("password=", "password =", "pwd=", "pwd =")
              .accept(ConnectionStringPasswords::isLiteral)
              .regex(
                  "(?:^|[;\"'\\s])"
                      + OTHER_KEY
                      + "[ \\t]*=[^;\\r\\n\"']*;(?:[^;\\r\\n\"']*;){0,8}?[ \\t]*"
                      + PASSWORD_KEY
                      + VALUE
                      + "[ \\t]*(?:;|[\"']|$)"),
          SecretPattern.of("password in a connection string")
              .keywords("password=", "password =", "pwd=", "pwd =")
              .accept(ConnectionStringPasswords::isLiteral)
              .regex(
                  "(?:^|[;\"'\\s])"
                      + PASSWORD_KEY
                      + VALUE
                      + "[ \\t]*;(?:[^;\\r\\n\"']*;){0,8}?[ \\t]*"
                      + OTHER_KEY
                      + "[ \\t]*="),
          SecretPattern.of("password in a JDBC URL")
              .keywords("password=")
              .accept(ConnectionStringPasswords::isLiteral)
              .regex("\\bjdbc:[a-z0-9]+:[^\\s\"'`]*?[?&;](?i:password)=(?P<secret>[^&;\\s\"'`]+)"));

  private static boolean isLiteral(String value) {
    String bare = value;
    if (bare.length() >= 2 && (bare.startsWith("'") || bare.startsWith("\""))) {
      bare = bare.substring(1, bare.length() - 1);
    }
    return UrlCredentials.isLiteralPassword(bare);
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
