package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitRendererTest {
  private static final RuleInfo QUIET =
      new RuleInfo(
          "RA-DF-002",
          "Images have a health check",
          Severity.LOW,
          List.of("container.healthcheck"),
          List.of(),
          "dockerfile",
          "",
          "Add a HEALTHCHECK.",
          List.of());

  private static String render(ScanResult result, List<RuleInfo> ran) throws IOException {
    StringWriter out = new StringWriter();
    new JUnitRenderer(ran).render(result, Fixtures.RULES, out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static List<String> cases(Element suite) {
    List<String> names = new ArrayList<>();
    NodeList nodes = suite.getElementsByTagName("testcase");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element c = (Element) nodes.item(i);
      String outcome =
          c.getElementsByTagName("failure").getLength() > 0
              ? "failure"
              : c.getElementsByTagName("skipped").getLength() > 0
                  ? "skipped"
                  : c.getElementsByTagName("error").getLength() > 0 ? "error" : "passed";
      names.add(c.getAttribute("classname") + " " + c.getAttribute("name") + " " + outcome);
    }
    return names;
  }

  @Test
  void oneTestCasePerRuleAndFileWithCountsThatAddUp() throws Exception {
    List<RuleInfo> ran = new ArrayList<>(Fixtures.RULES);
    ran.add(QUIET);
    Document doc = parse(render(Fixtures.result(), ran));

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("7");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    assertThat(root.getAttribute("errors")).isEqualTo("2");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");

    List<Element> suites = elements(doc, "testsuite");
    assertThat(suites).hasSize(2);
    Element rules = suites.get(0);
    assertThat(rules.getAttribute("name")).isEqualTo("rampart");
    assertThat(rules.getAttribute("tests")).isEqualTo("5");
    assertThat(rules.getAttribute("failures")).isEqualTo("3");
    assertThat(rules.getAttribute("errors")).isEqualTo("0");
    assertThat(rules.getAttribute("skipped")).isEqualTo("1");
    assertThat(cases(rules))
        .containsExactly(
            "RA-DF-001 Dockerfile failure",
            "RA-SEC-001 config/my app.env failure",
            "RA-K8S-010 deploy/web.yaml failure",
            "RA-GIT-001 .gitignore skipped",
            "RA-DF-002 all files passed");
    Element property = (Element) rules.getElementsByTagName("property").item(0);
    assertThat(property.getAttribute("name")).isEqualTo("rampart.version");
    assertThat(property.getAttribute("value")).isEqualTo("1.2.3");
  }

  @Test
  void aFailureListsEachFindingWithItsControlsAndTheRemediationOnce() throws Exception {
    Document doc = parse(render(Fixtures.result(), Fixtures.RULES));

    Element token = elements(doc, "testcase").get(2);
    assertThat(token.getAttribute("file")).isEqualTo("deploy/web.yaml");
    Element failure = (Element) token.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("medium");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("2 findings of RA-K8S-010 (Pods do not automount service account tokens)");
    assertThat(failure.getTextContent())
        .isEqualTo(
            """

            12:7 medium automountServiceAccountToken is not false
              in Deployment/web (container app)
              controls: k8s.no-automount-token, k8s.pss-restricted
            104:11 medium automountServiceAccountToken is not false
              in CronJob/cleanup
              controls: k8s.no-automount-token, k8s.pss-restricted
            Remediation: Set `automountServiceAccountToken: false` on the pod spec.
            """);
  }

  @Test
  void suppressedFindingsAreSkippedWithTheirReason() throws Exception {
    Document doc = parse(render(Fixtures.result(), Fixtures.RULES));

    Element skipped = elements(doc, "skipped").get(0);
    assertThat(skipped.getAttribute("message"))
        .isEqualTo("line 3 suppressed: template only (until 2027-01-31)");
  }

  @Test
  void errorsAreTestCasesInErrorOfTheirOwnSuite() throws Exception {
    Document doc = parse(render(Fixtures.result(), Fixtures.RULES));

    Element suite = elements(doc, "testsuite").get(1);
    assertThat(suite.getAttribute("name")).isEqualTo("rampart errors");
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    assertThat(cases(suite))
        .containsExactly("rampart broken.yaml error", "rampart charts/x.yaml:4 error");
    Element error = elements(doc, "error").get(1);
    assertThat(error.getAttribute("message")).isEqualTo("tab in indentation");
    assertThat(error.getTextContent()).isEqualTo("charts/x.yaml:4: tab in indentation");
  }

  @Test
  void aCleanScanPassesEveryRuleThatRan() throws Exception {
    Document doc = parse(render(Fixtures.clean(), Fixtures.RULES));

    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("0");
    assertThat(elements(doc, "testsuite")).hasSize(1);
    assertThat(cases(elements(doc, "testsuite").get(0)))
        .containsExactly(
            "RA-SEC-001 all files passed",
            "RA-DF-001 all files passed",
            "RA-K8S-010 all files passed",
            "RA-GIT-001 all files passed");
  }

  @Test
  void markupAndCharactersXmlCannotCarryAreWrittenSafely() throws Exception {
    Finding odd =
        Fixtures.finding(
            Fixtures.NON_ROOT,
            "a&b/<x>.env",
            1,
            1,
            "",
            "value a|b <script> & \u0001bell\u001b[31m \ud800 \"q\"",
            "fp");
    ScanResult result = Fixtures.of(List.of(odd));
    String xml = render(result, List.of());

    assertThat(xml).doesNotContain("\u0001").doesNotContain("\u001b").doesNotContain("<script>");
    Document doc = parse(xml);
    Element testcase = elements(doc, "testcase").get(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("a&b/<x>.env");
    assertThat(testcase.getElementsByTagName("failure").item(0).getTextContent())
        .contains("1:1 high value a|b <script> & \\u0001bell\\u001b[31m \\ud800 \"q\"");
  }
}
