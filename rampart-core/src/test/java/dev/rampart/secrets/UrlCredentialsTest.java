package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {

  @Test
  void findsThePasswordOfAUrl() {
    assertThat(UrlCredentials.inlinePassword("postgres://app:s3cret@db:5432/app"))
        .hasValue("s3cret");
    assertThat(UrlCredentials.inlinePassword("redis://:hunter2@cache:6379/0")).hasValue("hunter2");
  }

  @Test
  void ignoresUrlsWithoutOrWithReferencedPasswords() {
    assertThat(UrlCredentials.inlinePassword("https://example.com:8443/path")).isEmpty();
    assertThat(UrlCredentials.inlinePassword("https://user@example.com/")).isEmpty();
    assertThat(UrlCredentials.inlinePassword("postgres://app:${DB_PASSWORD}@db/app")).isEmpty();
    assertThat(UrlCredentials.inlinePassword("postgres://app:$DB_PASSWORD@db/app")).isEmpty();
    assertThat(UrlCredentials.inlinePassword("git@github.com:org/repo.git")).isEmpty();
  }
}
