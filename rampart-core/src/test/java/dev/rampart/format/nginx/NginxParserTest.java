package dev.rampart.format.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NginxParserTest {
  private final NginxParser parser = new NginxParser();

  /** A tree of files in memory, listed as a directory tree. */
  private static SourceTree tree(Map<String, String> files) {
    Map<String, String> sorted = new TreeMap<>(files);
    return new SourceTree() {
      @Override
      public Read read(String path) {
        String text = sorted.get(path);
        return text == null ? new Missing() : new Found(new SourceText(path, text));
      }

      @Override
      public List<Entry> list(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        java.util.Set<Entry> entries =
            new java.util.TreeSet<>(java.util.Comparator.comparing(Entry::path));
        for (String path : sorted.keySet()) {
          if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            entries.add(
                slash < 0
                    ? new Entry(path, false)
                    : new Entry(prefix + rest.substring(0, slash), true));
          }
        }
        return List.copyOf(entries);
      }
    };
  }

  private Parsed<NginxConfig> parse(String path, String text, Map<String, String> others) {
    Map<String, String> all = new TreeMap<>(others);
    all.put(path, text);
    return parser.parse(new SourceText(path, text), tree(all));
  }

  private Parsed<NginxConfig> parse(String text) {
    return parser.parse(new SourceText("nginx.conf", text));
  }

  @Test
  void readsBlocksDirectivesQuotesCommentsAndVariablesWithPositions() {
    Parsed<NginxConfig> parsed =
        parse(
            """
            # a comment
            http {
              server {
                listen 443 ssl; # trailing
                add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
                return 301 'https://$host${request_uri}';
                location ~ "^/a b$" { deny all; }
              }
            }
            """);

    assertThat(parsed.problems()).isEmpty();
    Directive http = parsed.model().directives().get(0);
    assertThat(http.name()).isEqualTo("http");
    assertThat(http.at()).isEqualTo(new Position(2, 1));
    Directive server = http.children().get(0);
    assertThat(server.children())
        .extracting(Directive::name)
        .containsExactly("listen", "add_header", "return", "location");
    Directive hsts = server.children().get(1);
    assertThat(hsts.args())
        .containsExactly(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains", "always");
    assertThat(hsts.argAt(1)).isEqualTo(new Position(5, 42));
    assertThat(server.children().get(2).args())
        .containsExactly("301", "https://$host${request_uri}");
    assertThat(server.children().get(3).args()).containsExactly("~", "^/a b$");
    assertThat(server.children().get(3).children().get(0).text()).isEqualTo("deny all");
    assertThat(parsed.model().servers()).hasSize(1);
  }

  @Test
  void readsUnknownDirectivesAndEscapes() {
    Parsed<NginxConfig> parsed = parse("more_set_headers \"Server: x\\\"y\" a\\;b;\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().directives().get(0).args()).containsExactly("Server: x\"y", "a;b");
  }

  @Test
  void recoversFromUnbalancedBracesMissingSemicolonsAndUnterminatedQuotes() {
    assertThat(parse("http {\n  server {\n    listen 80;\n").problems())
        .containsExactly(
            new ParseProblem(
                1, "unexpected end of file: the block `http` opened here is never closed"));
    Parsed<NginxConfig> extra = parse("server { listen 80; }\n}\nserver_tokens off;\n");
    assertThat(extra.problems())
        .containsExactly(new ParseProblem(2, "unexpected }: no block is open here"));
    assertThat(extra.model().directives())
        .extracting(Directive::name)
        .containsExactly("server", "server_tokens");
    assertThat(parse("server {\n listen 80\n}\n").problems())
        .containsExactly(new ParseProblem(2, "`listen` is not ended by ;"));
    assertThat(parse("add_header X \"open;\n\n").problems())
        .containsExactly(
            new ParseProblem(1, "unterminated quoted string: the \" opened here never closes"));
    assertThat(parse("{ a; }").problems())
        .containsExactly(new ParseProblem(1, "a block { without a directive name before it"));
    assertThat(parse("listen 80").problems())
        .containsExactly(new ParseProblem(1, "unexpected end of file: `listen` is not ended by ;"));
  }

  @Test
  void problemsNameDirectivesButNeverShowTheirArguments() {
    String key = "k3y-" + "Qm9uZ2F5ZW5kZXI5OTk";
    Parsed<NginxConfig> parsed =
        parse("server {\n if ($http_x_api_key != \"" + key + "\") {\n return 403;\n");
    assertThat(parsed.problems())
        .containsExactly(
            new ParseProblem(
                1, "unexpected end of file: the block `server` opened here is never closed"));
    Parsed<NginxConfig> unended = parse(key + "=1 }\n" + key + "\n");
    assertThat(unended.problems())
        .extracting(ParseProblem::message)
        .isNotEmpty()
        .noneMatch(message -> message.contains(key))
        .anyMatch(message -> message.contains("a directive is not ended by ;"));
  }

  @Test
  void deepNestingDoesNotOverflow() {
    Parsed<NginxConfig> parsed = parse("a {".repeat(100_000));

    assertThat(parsed.problems())
        .containsExactly(
            new ParseProblem(1, "blocks nested deeper than 64 levels: the rest is not read"),
            new ParseProblem(
                1, "unexpected end of file: the block `a` opened here is never closed"));
  }

  @Test
  void expandsIncludesWithGlobsRelativeToTheFileAndTheConfigDirectory() {
    Parsed<NginxConfig> parsed =
        parse(
            "nginx/nginx.conf",
            """
            http {
              include conf.d/*.conf;
              include /etc/nginx/snippets/tls.conf;
              include mime.types;
            }
            """,
            Map.of(
                "nginx/conf.d/a.conf", "server { include snippets/headers.conf; }\n",
                "nginx/conf.d/b.conf", "server { listen 8080; }\n",
                "nginx/conf.d/.hidden.conf", "server { listen 1; }\n",
                "nginx/conf.d/c.txt", "server { listen 2; }\n",
                "nginx/snippets/headers.conf", "add_header X-Frame-Options DENY;\n",
                "nginx/snippets/tls.conf", "ssl_protocols TLSv1.2;\n"));

    assertThat(parsed.problems()).isEmpty();
    List<Directive> http = parsed.model().directives().get(0).children();
    assertThat(http)
        .extracting(d -> d.name() + "@" + d.source().path())
        .containsExactly(
            "include@nginx/nginx.conf",
            "server@nginx/conf.d/a.conf",
            "server@nginx/conf.d/b.conf",
            "include@nginx/nginx.conf",
            "ssl_protocols@nginx/snippets/tls.conf",
            "include@nginx/nginx.conf");
    Directive header = http.get(1).children().get(1);
    assertThat(header.source().path()).isEqualTo("nginx/snippets/headers.conf");
    assertThat(header.at()).isEqualTo(new Position(1, 1));
    assertThat(parsed.model().included())
        .containsExactlyInAnyOrder(
            "nginx/conf.d/a.conf",
            "nginx/conf.d/b.conf",
            "nginx/snippets/headers.conf",
            "nginx/snippets/tls.conf");
    assertThat(parsed.model().servers()).hasSize(2);
  }

  @Test
  void reportsCyclesOutsideAndMissingIncludesAndMarksThemUnread() {
    Parsed<NginxConfig> cycle =
        parse(
            "a.conf",
            "include b.conf;\n",
            Map.of("b.conf", "server_tokens off;\ninclude a.conf;\n"));
    assertThat(cycle.problems())
        .containsExactly(
            new ParseProblem(
                1,
                "include cycle: a.conf -> b.conf -> a.conf; nginx refuses it, and the cycle is"
                    + " not followed"));

    Parsed<NginxConfig> outside =
        parse(
            "nginx.conf",
            """
            include ../../etc/passwd;
            include /etc/letsencrypt/options-ssl-nginx.conf;
            include missing.conf;
            include none/*.conf;
            """,
            Map.of());
    assertThat(outside.problems())
        .containsExactly(
            new ParseProblem(
                1,
                "include ../../etc/passwd: outside the scanned tree, not read; the directives it"
                    + " holds are not checked"),
            new ParseProblem(
                2,
                "include /etc/letsencrypt/options-ssl-nginx.conf: outside the scanned tree, not"
                    + " read; the directives it holds are not checked"),
            new ParseProblem(
                3,
                "include missing.conf: no such file in the scanned tree; the directives it holds"
                    + " are not checked"));
    assertThat(outside.model().directives())
        .extracting(Directive::unread)
        .containsExactly(
            "outside the scanned tree",
            "outside the scanned tree",
            "no such file in the scanned tree",
            "");
  }

  @Test
  void reportsTheSyntaxProblemsOfAnIncludedSnippetAtTheInclude() {
    Parsed<NginxConfig> parsed =
        parse(
            "nginx.conf",
            "server {\n  include snippets/broken;\n}\n",
            Map.of("snippets/broken", "add_header X \"y;\n"));

    assertThat(parsed.problems())
        .containsExactly(
            new ParseProblem(
                2,
                "in snippets/broken:1: unterminated quoted string: the \" opened here never"
                    + " closes"));
  }

  @Test
  void findsTheConfigDirectoryOfAFragment() {
    assertThat(NginxParser.configDirectory("deploy/nginx/conf.d/site.conf"))
        .isEqualTo("deploy/nginx");
    assertThat(NginxParser.configDirectory("nginx.conf")).isEmpty();
    assertThat(NginxParser.configDirectory("sites-enabled/default")).isEmpty();
    assertThat(NginxParser.configDirectory("web/site.conf")).isEqualTo("web");
  }
}
