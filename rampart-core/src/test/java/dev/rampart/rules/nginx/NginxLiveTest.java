package dev.rampart.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rampart.model.Finding;
import dev.rampart.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the nginx of this machine with each example's configuration, on loopback ports with a
 * throwaway certificate, and checks that what it serves agrees with what the rules said of that
 * configuration: each rule's finding (or its absence) must match the response headers, the plain
 * HTTP answer and the TLS versions nginx accepts. Skipped, saying so, where nginx or openssl is not
 * installed ({@code .ci/run} installs nginx).
 */
class NginxLiveTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final long YEAR = 31_536_000L;
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

  @TempDir Path tmp;

  @Test
  void theHardenedExampleServesWhatTheRulesSay() throws Exception {
    Served served = serve("hardened");

    assertThat(served.findings()).isEmpty();
    served.assertAgreement();
  }

  @Test
  void theInsecureExampleServesWhatTheRulesSay() throws Exception {
    Served served = serve("insecure");

    assertThat(served.findings())
        .contains("RA-NGX-001", "RA-NGX-002", "RA-NGX-004", "RA-NGX-005", "RA-NGX-006");
    served.assertAgreement();
  }

  /** What nginx served for one example, and what the rules said of its configuration. */
  private record Served(
      Set<String> findings,
      HttpResponse<String> https,
      HttpResponse<String> api,
      HttpResponse<String> plain,
      boolean tls11,
      boolean tls12) {

    void assertAgreement() {
      assertThat(https.statusCode()).as("HTTPS /healthz").isEqualTo(200);
      // /api/ adds headers of its own, and its upstream is down: a 502, which only headers
      // added with `always` reach.
      assertThat(api.statusCode()).as("HTTPS /api/ with no upstream").isEqualTo(502);
      for (HttpResponse<String> response : List.of(https, api)) {
        Optional<String> hsts = response.headers().firstValue("Strict-Transport-Security");
        boolean goodHsts =
            hsts.map(MAX_AGE::matcher)
                .filter(Matcher::find)
                .map(m -> Long.parseLong(m.group(1)) >= YEAR)
                .orElse(false);
        assertThat(goodHsts)
            .as("HSTS of a year served on " + response.uri().getPath() + " (" + hsts + ")")
            .isEqualTo(!findings.contains("RA-NGX-004"));
      }
      boolean headers =
          https.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
              && https.headers().firstValue("X-Frame-Options").orElse("").equals("DENY");
      assertThat(headers)
          .as("nosniff and a frame policy served")
          .isEqualTo(!findings.contains("RA-NGX-005"));
      String server = https.headers().firstValue("Server").orElse("");
      assertThat(server.matches("nginx/\\d.*"))
          .as("version in Server: " + server)
          .isEqualTo(findings.contains("RA-NGX-006"));
      boolean redirects =
          plain.statusCode() / 100 == 3
              && plain.headers().firstValue("Location").orElse("").startsWith("https://");
      assertThat(redirects)
          .as("plain HTTP redirects to HTTPS (" + plain.statusCode() + ")")
          .isEqualTo(!findings.contains("RA-NGX-001"));
      assertThat(tls11).as("TLS 1.1 accepted").isEqualTo(findings.contains("RA-NGX-002"));
      assertThat(tls12).as("TLS 1.2 accepted").isTrue();
    }
  }

  private Served serve(String example) throws Exception {
    assumeTrue(
        executable("nginx").isPresent(),
        "nginx is not installed (.ci/run installs the Debian package): the live check of the"
            + " nginx rules did not run");
    assumeTrue(executable("openssl").isPresent(), "openssl is not installed: no certificate");
    Path source = EXAMPLES.resolve(example).resolve("nginx");
    Set<String> findings =
        Fixtures.scan(source).findings().stream()
            .map(Finding::ruleId)
            .filter(id -> id.startsWith("RA-NGX-"))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    Path tls = Files.createDirectories(tmp.resolve("tls"));
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout",
        tls.resolve("tls.key").toString(),
        "-out",
        tls.resolve("tls.crt").toString());
    int http = freePort();
    int https = freePort();
    int dead = freePort();
    Path prefix = Files.createDirectories(tmp.resolve(example));
    Path conf = prefix.resolve("conf");
    copy(source, conf, http, https, dead, tls, prefix);
    Files.writeString(conf.resolve("mime.types"), "types { text/plain txt; }\n");
    Process nginx =
        new ProcessBuilder(
                executable("nginx").get(),
                "-p",
                prefix + "/",
                "-c",
                conf.resolve("nginx.conf").toString(),
                "-g",
                "daemon off; pid "
                    + prefix.resolve("nginx.pid")
                    + "; error_log "
                    + prefix.resolve("error.log")
                    + ";")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("nginx.out").toFile())
            .start();
    try {
      awaitListening(nginx, https, prefix);
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(trustAll())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpResponse<String> secure = get(client, "https://127.0.0.1:" + https + "/healthz");
      HttpResponse<String> api = get(client, "https://127.0.0.1:" + https + "/api/");
      HttpResponse<String> plain = get(client, "http://127.0.0.1:" + http + "/healthz");
      return new Served(
          findings, secure, api, plain, acceptsTls11(https), handshake(https, "TLSv1.2"));
    } finally {
      nginx.destroy();
      if (!nginx.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        nginx.destroyForcibly();
      }
    }
  }

  /** The example's files, on loopback ports, with the certificate, upstream and paths of here. */
  private static void copy(
      Path source, Path conf, int http, int https, int dead, Path tls, Path prefix)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    String temp = prefix.resolve("temp").toString();
    for (Path file : files) {
      String text =
          Files.readString(file)
              .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
              .replace("listen 443 ssl;", "listen 127.0.0.1:" + https + " ssl;")
              .replace("/etc/nginx/tls/", tls + "/")
              .replace("/etc/nginx/", "")
              .replace("governance-engine:8080", "127.0.0.1:" + dead)
              .replace(
                  "http {",
                  "http {\n    access_log off;\n    client_body_temp_path "
                      + temp
                      + "/body;\n"
                      + "    proxy_temp_path "
                      + temp
                      + "/proxy;\n    fastcgi_temp_path "
                      + temp
                      + "/fastcgi;\n    uwsgi_temp_path "
                      + temp
                      + "/uwsgi;\n    scgi_temp_path "
                      + temp
                      + "/scgi;\n");
      Path target = conf.resolve(source.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.writeString(target, text);
    }
    Files.createDirectories(prefix.resolve("temp"));
    Files.createDirectories(prefix.resolve("logs"));
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Whether nginx completes a TLS 1.1 handshake. Java refuses TLS 1.1 as a client (its {@code
   * jdk.tls.disabledAlgorithms}, which cannot be changed once the JVM has used TLS), so the probe
   * is openssl's client, at the security level that allows it.
   */
  private static boolean acceptsTls11(int port) throws Exception {
    Process probe =
        new ProcessBuilder(
                executable("openssl").get(),
                "s_client",
                "-connect",
                "127.0.0.1:" + port,
                "-tls1_1",
                "-cipher",
                "DEFAULT@SECLEVEL=0")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return probe.waitFor() == 0;
  }

  private static boolean handshake(int port, String protocol) throws Exception {
    try (SSLSocket socket =
        (SSLSocket) trustAll().getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.setEnabledProtocols(new String[] {protocol});
      socket.startHandshake();
      return socket.getSession().getProtocol().equals(protocol);
    } catch (IOException e) {
      return false;
    }
  }

  private static SSLContext trustAll() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }

  /** Waits until nginx accepts connections, or fails with its log when it exits. */
  private static void awaitListening(Process nginx, int port, Path prefix) throws Exception {
    for (int attempt = 0; attempt < 200; attempt++) {
      if (!nginx.isAlive()) {
        throw new AssertionError(
            "nginx exited with "
                + nginx.exitValue()
                + ": "
                + read(prefix.resolve("nginx.out"))
                + read(prefix.resolve("error.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new AssertionError(
        "nginx never listened on " + port + ": " + read(prefix.resolve("error.log")));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void run(String... command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static Optional<String> executable(String name) {
    for (String dir :
        (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":", -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
