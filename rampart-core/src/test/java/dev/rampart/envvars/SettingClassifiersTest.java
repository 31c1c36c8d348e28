package dev.rampart.envvars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The classifiers added for .env and settings files, and the split of TLS switches. */
class SettingClassifiersTest {

  @Test
  void certificateChecksAndConnectionsWithoutTlsAreToldApart() {
    assertThat(TlsVariables.certificateChecksOff("NODE_TLS_REJECT_UNAUTHORIZED", "0")).isPresent();
    assertThat(TlsVariables.certificateChecksOff("NODE_TLS_REJECT_UNAUTHORIZED", "false"))
        .isEmpty();
    assertThat(TlsVariables.certificateChecksOff("HTTPS_REJECT_UNAUTHORIZED", "false")).isPresent();
    assertThat(TlsVariables.certificateChecksOff("SSL_VERIFY", "false")).isPresent();
    assertThat(
            TlsVariables.certificateChecksOff("DATABASE_URL", "postgres://db/app?sslmode=disable"))
        .isEmpty();
    assertThat(TlsVariables.certificateChecksOff("PGSSLMODE", "disable")).isEmpty();
    assertThat(TlsVariables.certificateChecksOff("MONGO_URL", "mongodb://m/db?tlsInsecure=true"))
        .isPresent();

    assertThat(
            TlsVariables.connectionWithoutTls(
                "DATABASE_URL", "postgres://u@db/app?sslmode=disable"))
        .isPresent();
    assertThat(
            TlsVariables.connectionWithoutTls(
                "DATABASE_URL", "postgres://u@localhost/app?sslmode=disable"))
        .isEmpty();
    assertThat(
            TlsVariables.connectionWithoutTls("JDBC_URL", "jdbc:mysql://db:3306/app?useSSL=false"))
        .isPresent();
    assertThat(TlsVariables.connectionWithoutTls("DATABASE_SSLMODE", "disable")).isPresent();
    assertThat(
            TlsVariables.connectionWithoutTls("DATABASE_URL", "postgres://db/app?sslmode=prefer"))
        .isEmpty();
    // The Kubernetes reading is unchanged: both kinds, as before.
    assertThat(TlsVariables.verificationOff("DATABASE_URL", "postgres://u@db/app?sslmode=disable"))
        .isPresent();
  }

  @Test
  void corsOrigins() {
    assertThat(CorsVariables.anyOrigin("CORS_ORIGINS", "*")).isPresent();
    assertThat(CorsVariables.anyOrigin("CORS_ALLOWED_ORIGINS", "https://a.example, *")).isPresent();
    assertThat(CorsVariables.anyOrigin("CORS_ALLOWED_ORIGINS", "https://*.example.com")).isEmpty();
    assertThat(CorsVariables.anyOrigin("CORS_ALLOW_ALL_ORIGINS", "True")).isPresent();
    assertThat(CorsVariables.anyOrigin("ORIGINS", "*")).isEmpty();
    assertThat(CorsVariables.anyOrigin("ACCESS_CONTROL_ALLOW_ORIGIN", "*")).isPresent();
    assertThat(CorsVariables.allowsCredentials("CORS_ALLOW_CREDENTIALS", "true")).isTrue();
    assertThat(CorsVariables.allowsCredentials("CORS_ALLOW_CREDENTIALS", "false")).isFalse();
  }

  @Test
  void bindAddresses() {
    assertThat(BindAddresses.allInterfaces("HOST", "0.0.0.0")).isPresent();
    assertThat(BindAddresses.allInterfaces("LISTEN", "0.0.0.0:8080")).isPresent();
    assertThat(BindAddresses.allInterfaces("HTTP_ADDR", ":8080")).isPresent();
    assertThat(BindAddresses.allInterfaces("SERVER_ADDRESS", "[::]")).isPresent();
    assertThat(BindAddresses.allInterfaces("HOST", "127.0.0.1")).isEmpty();
    assertThat(BindAddresses.allInterfaces("DB_HOST", "0.0.0.0")).isEmpty();
    assertThat(BindAddresses.behindProxy("TRUST_PROXY", "1")).isTrue();
    assertThat(BindAddresses.behindProxy("TRUST_PROXY", "false")).isFalse();
  }

  @Test
  void sessionsAndHttps() {
    assertThat(SessionVariables.cookieFlagOff("SESSION_COOKIE_SECURE", "False")).isPresent();
    assertThat(SessionVariables.cookieFlagOff("SESSION_SECURE_COOKIE", "false")).isPresent();
    assertThat(SessionVariables.cookieFlagOff("SESSION_COOKIE_HTTPONLY", "0")).isPresent();
    assertThat(SessionVariables.cookieFlagOff("SESSION_COOKIE_SECURE", "True")).isEmpty();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRES_IN", "365d")).isPresent();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRES_IN", "15m")).isEmpty();
    // A bare number is read in milliseconds, the shorter of its two common readings.
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRATION", "86400000")).isEmpty();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRATION", "2592000000")).isPresent();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRES_IN_SECONDS", "86401")).isPresent();
    assertThat(SessionVariables.longTokenLifetime("ACCESS_TOKEN_EXPIRE_MINUTES", "43200"))
        .isPresent();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRATION", "PT720H")).isPresent();
    assertThat(SessionVariables.longTokenLifetime("JWT_REFRESH_EXPIRES_IN", "30d")).isEmpty();
    assertThat(SessionVariables.longTokenLifetime("JWT_EXPIRES_IN", "999999999999y")).isEmpty();
    assertThat(HttpsVariables.redirectOff("SECURE_SSL_REDIRECT", "False")).isPresent();
    assertThat(HttpsVariables.redirectOff("FORCE_HTTPS", "true")).isEmpty();
  }
}
