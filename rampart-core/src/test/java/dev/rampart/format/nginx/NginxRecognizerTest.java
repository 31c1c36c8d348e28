package dev.rampart.format.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.check.Recognizer.ByName;
import org.junit.jupiter.api.Test;

class NginxRecognizerTest {
  private final NginxRecognizer recognizer = new NginxRecognizer();

  @Test
  void recognisesByName() {
    assertThat(recognizer.byName("nginx.conf")).isEqualTo(ByName.YES);
    assertThat(recognizer.byName("deploy/nginx/default.conf")).isEqualTo(ByName.YES);
    assertThat(recognizer.byName("nginx/conf.d/api.conf")).isEqualTo(ByName.YES);
    assertThat(recognizer.byName("etc/sites-enabled/default")).isEqualTo(ByName.YES);
    assertThat(recognizer.byName("sites-available/api.conf")).isEqualTo(ByName.YES);
    assertThat(recognizer.byName("sites-available/README.md")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("conf.d/site.conf")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("-")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("app.yaml")).isEqualTo(ByName.NO);
  }

  @Test
  void recognisesByContent() {
    assertThat(recognizer.byContent("server {\n  listen 80;\n}\n")).isTrue();
    assertThat(recognizer.byContent("location / { proxy_pass http://app; }\n")).isTrue();
    assertThat(recognizer.byContent("[program:web]\ncommand=/bin/web\n")).isFalse();
    assertThat(recognizer.byContent("<VirtualHost *:80>\nServerName x\n</VirtualHost>\n"))
        .isFalse();
    assertThat(recognizer.byContent("user=root\nlisten=80\n")).isFalse();
  }
}
