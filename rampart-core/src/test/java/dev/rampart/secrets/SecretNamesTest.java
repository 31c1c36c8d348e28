package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PASSWORD",
        "DB_PASSWORD",
        "MYSQL_ROOT_PASSWORD",
        "PGPASSWORD",
        "HTPASSWD",
        "REDIS_PASSWD",
        "JWT_SECRET",
        "AZURE_CLIENT_SECRET",
        "GITHUB_TOKEN",
        "NPM_TOKEN",
        "AWS_SECRET_ACCESS_KEY",
        "STRIPE_API_KEY",
        "OPENAI_API_KEY",
        "APIKEY",
        "SECRET_KEY",
        "SECRET_KEY_BASE",
        "SSH_PRIVATE_KEY",
        "APP_KEY",
        "GCP_CREDENTIALS",
        "BASIC_AUTH",
        "_auth",
        "MYSQL_PWD",
        "GPG_PASSPHRASE",
        "secret-key",
        "jwtSecret",
        "dbPassword",
        "apiKey"
      })
  void namesThatAnnounceASecret(String name) {
    assertThat(SecretNames.isSecretName(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PASSWORD_FILE",
        "DB_PASSWORD_FILE",
        "TOKEN_PATH",
        "SECRETS_DIR",
        "AUTH_URL",
        "TOKEN_ENDPOINT",
        "AUTH_HEADER",
        "SECRET_NAME",
        "DB_USER",
        "DB_USERNAME",
        "AUTH_ENABLED",
        "TOKEN_EXPIRY",
        "PASSWORD_MIN_LENGTH",
        "GPG_KEY",
        "PUBLIC_KEY",
        "AWS_ACCESS_KEY_ID",
        "MONKEY",
        "OAUTH",
        "GOOGLE_OAUTH",
        "PWD",
        "PATH",
        "NODE_ENV",
        "",
        "-"
      })
  void namesThatDoNot(String name) {
    assertThat(SecretNames.isSecretName(name)).as(name).isFalse();
  }
}
