package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import dev.rampart.secrets.UrlCredentials;
import java.util.List;

@Rule(
    id = "RA-SEC-038",
    title = "No password is written into a database, broker or file-transfer URL",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    rationale =
        "A connection URL such as `postgres://app:s3cret@db/app` carries the password in clear:"
            + " whoever reads the file, its history or a log line that prints the URL can connect as"
            + " that user. A URL's name (`DATABASE_URL`) rarely says it holds a secret, so the value"
            + " itself is checked. `https://` URLs are only checked toward git hosts: credentials"
            + " in other web URLs are left to the token rules, as `://` alone is in most files.",
    remediation =
        "Rotate the password, then build the URL at run time from a secret: `DATABASE_URL` from a"
            + " Kubernetes Secret or the platform's secret store, or a URL without the password"
            + " and the password in its own variable (`PGPASSWORD`, a `.pgpass` file outside the"
            + " repository).",
    references = {
      "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
      "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS"
    })
public final class UrlPasswords implements SecretRule {
  // Schemes with their "://" (or their SQLAlchemy dialect: postgresql+psycopg2://), so that the
  // keywords stay selective.
  private static final String[] SCHEMES = {
    "postgres://",
    "postgresql://",
    "postgresql+",
    "postgres+",
    "mysql://",
    "mysql+",
    "mariadb://",
    "mariadb+",
    "mongodb://",
    "mongodb+srv://",
    "redis://",
    "rediss://",
    "valkey://",
    "amqp://",
    "amqps://",
    "ftp://",
    "ftps://",
    "sftp://",
    "smtp://",
    "smtps://",
    "ldap://",
    "ldaps://",
    "mssql://",
    "mssql+",
    "sqlserver://",
    "oracle://",
    "oracle+",
    "clickhouse://",
    "cockroachdb://",
    "couchdb://",
    "neo4j://",
    "bolt://",
    "nats://",
    "mqtt://",
    "mqtts://",
    "kafka://",
    "memcached://",
    "elasticsearch://",
    "rabbitmq://",
    "snowflake://",
    "redshift://",
    "imap://",
    "imaps://",
    "pop3://",
    "pop3s://"
  };

  private static final String SCHEME =
      "(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|valkey|amqps?|s?ftps?"
          + "|smtps?|ldaps?|mssql|sqlserver|oracle|clickhouse|cockroachdb|couchdb|neo4j|bolt"
          + "|nats|mqtts?|kafka|memcached|elasticsearch|rabbitmq|snowflake|redshift|imaps?"
          + "|pop3s?)(?:\\+[A-Za-z0-9]+)?://";

  // After the "@": a host name, an IPv4 or a bracketed IPv6 address.
  private static final String HOST = "[A-Za-z0-9\\[][A-Za-z0-9.:\\[\\]_-]*";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("password in a connection URL")
              .keywords(SCHEMES)
              .accept(UrlCredentials::isLiteralPassword)
              .regex("\\b" + SCHEME + userInfoWithSecret() + HOST),
          SecretPattern.of("credentials in a git remote URL")
              .keywords("@github.com", "@gitlab.com", "@bitbucket.org", "@dev.azure.com")
              .accept(UrlCredentials::isLiteralPassword)
              .regex(
                  "\\b(?i:https?)://"
                      + userInfoWithSecret()
                      + "(?i:github\\.com|gitlab\\.com|bitbucket\\.org|dev\\.azure\\.com)\\b"));

  // The shared user-information expression, with the password as the group named "secret".
  private static String userInfoWithSecret() {
    return UrlCredentials.userInfo().replaceFirst("\\):\\(", "):(?P<secret>");
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
