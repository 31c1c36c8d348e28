package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.RuleInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleCatalogRendererTest {

  private interface Output {
    void write(List<RuleInfo> rules, StringWriter out) throws IOException;
  }

  private static String render(Output output) throws IOException {
    StringWriter out = new StringWriter();
    output.write(Fixtures.RULES, out);
    return out.toString();
  }

  @Test
  void tableIsSortedByIdWithAlignedColumns() throws IOException {
    assertThat(render(RuleCatalogRenderer::table))
        .isEqualTo(
            """
            ID          SEVERITY  TITLE                                         CONTROLS
            RA-DF-001   high      Containers run as a non-root user             container.non-root
            RA-GIT-001  low       .env files are ignored by git                 secrets.gitignore
            RA-K8S-010  medium    Pods do not automount service account tokens  \
            k8s.no-automount-token, k8s.pss-restricted
            RA-SEC-001  critical  No hard-coded secrets                         secrets.not-in-code
            """);
  }

  @Test
  void jsonListsEveryFieldOfEveryRuleSortedById() throws IOException {
    String json = render(RuleCatalogRenderer::json);
    JsonNode rules = new ObjectMapper().readTree(json);

    assertThat(json).endsWith("]\n");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactly("RA-DF-001", "RA-GIT-001", "RA-K8S-010", "RA-SEC-001");

    JsonNode nonRoot = rules.get(0);
    List<String> fields = new ArrayList<>();
    nonRoot.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "title",
            "severity",
            "controls",
            "aliases",
            "format",
            "profiles",
            "rationale",
            "remediation",
            "references");
    assertThat(nonRoot.path("severity").asText()).isEqualTo("high");
    assertThat(nonRoot.path("aliases").toString())
        .isEqualTo("[\"hadolint:DL3002\",\"trivy:DS002\"]");
    assertThat(nonRoot.path("format").asText()).isEqualTo("dockerfile");
    assertThat(nonRoot.path("references").get(0).asText())
        .isEqualTo("https://docs.docker.com/build/building/best-practices/#user");
    assertThat(nonRoot.path("profiles").toString()).isEqualTo("[\"default\"]");
    assertThat(rules.get(1).path("aliases")).isEmpty();
  }

  @Test
  void markdownHasNoticeIndexAndOneSectionPerRule() throws IOException {
    String md = render(RuleCatalogRenderer::markdown);

    assertThat(md).startsWith("# Rampart rules\n");
    assertThat(md)
        .contains(
            "Generated from the rules' metadata by `rampart rules --format markdown`; do not edit.");
    for (RuleInfo rule : Fixtures.RULES) {
      Matcher headings =
          Pattern.compile("^### " + Pattern.quote(rule.id()) + ": ", Pattern.MULTILINE).matcher(md);
      assertThat(headings.results().count()).as(rule.id()).isEqualTo(1);
    }
    assertThat(md)
        .contains(
            "| [RA-GIT-001](#ra-git-001-env-files-are-ignored-by-git) | low |"
                + " .env files are ignored by git | `secrets.gitignore` |\n");
    assertThat(md.indexOf("### RA-DF-001")).isLessThan(md.indexOf("### RA-GIT-001"));
    assertThat(md.indexOf("### RA-K8S-010")).isLessThan(md.indexOf("### RA-SEC-001"));
    assertThat(md)
        .contains(
            """
            ### RA-DF-001: Containers run as a non-root user

            - **Severity:** high
            - **Format:** dockerfile
            - **Controls:** `container.non-root`
            - **Aliases:** `hadolint:DL3002`, `trivy:DS002`
            - **Profiles:** `default`

            **Rationale:** A process running as root in a container is root on the host once it \
            escapes.

            **Remediation:** Add a `USER` instruction with a non-zero UID after the last `FROM`.

            **References:**

            - <https://docs.docker.com/build/building/best-practices/#user>
            """);
    assertThat(md).endsWith("- OWASP ASVS V2.10\n");
  }

  @Test
  void outputDoesNotDependOnCatalogOrder() throws IOException {
    List<RuleInfo> reversed = new ArrayList<>(Fixtures.RULES);
    Collections.reverse(reversed);
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();

    RuleCatalogRenderer.markdown(Fixtures.RULES, a);
    RuleCatalogRenderer.markdown(reversed, b);

    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void markdownTableCellsEscapePipes() {
    assertThat(Markdown.cell("a | b\nc")).isEqualTo("a \\| b c");
    assertThat(Markdown.anchor("RA-X-001: Use `USER` (not root)"))
        .isEqualTo("ra-x-001-use-user-not-root");
  }

  @Test
  void showPrintsEveryField() throws IOException {
    StringWriter out = new StringWriter();
    RuleCatalogRenderer.show(Fixtures.NON_ROOT, out);

    assertThat(out.toString())
        .isEqualTo(
            """
            RA-DF-001: Containers run as a non-root user

            Severity:     high
            Format:       dockerfile
            Controls:     container.non-root
            Aliases:      hadolint:DL3002, trivy:DS002
            Profiles:     default

            Rationale:
              A process running as root in a container is root on the host once it escapes.

            Remediation:
              Add a `USER` instruction with a non-zero UID after the last `FROM`.

            References:
              - https://docs.docker.com/build/building/best-practices/#user
            """);
  }
}
