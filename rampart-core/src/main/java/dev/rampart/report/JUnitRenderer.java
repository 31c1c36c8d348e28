package dev.rampart.report;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it. Suite {@code rampart}
 * holds one test case per rule and file: failing (classname the rule id, name the path) when the
 * rule found something there, skipped when everything it found there was suppressed, and one
 * passing case named {@code all files} for each rule that ran and found nothing. Suite {@code
 * rampart errors} holds one test case in error per file that could not be checked, so that such a
 * scan is never green. Test cases keep the order of the result's findings.
 */
public final class JUnitRenderer implements Renderer {
  static final String SUITE = "rampart";
  static final String ERROR_SUITE = "rampart errors";
  static final String ALL_FILES = "all files";

  private final List<RuleInfo> ran;

  /**
   * Creates a renderer.
   *
   * @param ran the rules the scan ran; each that found nothing is a passing test case
   */
  public JUnitRenderer(List<RuleInfo> ran) {
    this.ran = List.copyOf(ran);
  }

  /** One test case: a rule in a file, and what it found or accepted there. */
  private record Case(String ruleId, String path, List<Finding> findings, List<Suppression> ok) {}

  @Override
  public void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    Map<String, Case> cases = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      testCase(cases, f.ruleId(), f.path()).findings().add(f);
    }
    for (Suppression s : result.suppressed()) {
      testCase(cases, s.ruleId(), s.path()).ok().add(s);
    }
    Set<String> reported = new HashSet<>();
    cases.values().forEach(c -> reported.add(c.ruleId()));
    List<RuleInfo> passed = new ArrayList<>();
    for (RuleInfo rule : ran) {
      // add() is false for a rule reported, or listed twice.
      if (reported.add(rule.id())) {
        passed.add(rule);
      }
    }
    long failures = cases.values().stream().filter(c -> !c.findings().isEmpty()).count();
    long skipped = cases.size() - failures;
    int tests = cases.size() + passed.size();
    int errors = result.errors().size();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", Long.toString(tests + (long) errors));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", Integer.toString(errors));
      xml.writeAttribute("skipped", Long.toString(skipped));
      newline(xml);

      suite(xml, SUITE, tests, failures, 0, skipped, result.toolVersion());
      for (Case c : cases.values()) {
        if (c.findings().isEmpty()) {
          skippedCase(xml, c);
        } else {
          failedCase(xml, c);
        }
      }
      for (RuleInfo rule : passed) {
        xml.writeEmptyElement("testcase");
        xml.writeAttribute("classname", clean(rule.id()));
        xml.writeAttribute("name", ALL_FILES);
        newline(xml);
      }
      endSuite(xml);

      if (errors > 0) {
        suite(xml, ERROR_SUITE, errors, 0, errors, 0, result.toolVersion());
        for (ScanError e : result.errors()) {
          errorCase(xml, e);
        }
        endSuite(xml);
      }
      xml.writeEndElement();
      newline(xml);
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  private static Case testCase(Map<String, Case> cases, String ruleId, String path) {
    // A NUL cannot occur in a rule id, so the key is unambiguous.
    return cases.computeIfAbsent(
        ruleId + '\0' + path, k -> new Case(ruleId, path, new ArrayList<>(), new ArrayList<>()));
  }

  private static void suite(
      XMLStreamWriter xml,
      String name,
      long tests,
      long failures,
      long errors,
      long skipped,
      String version)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Long.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
    xml.writeAttribute("skipped", Long.toString(skipped));
    newline(xml);
    xml.writeCharacters("    ");
    xml.writeStartElement("properties");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", "rampart.version");
    xml.writeAttribute("value", clean(version));
    xml.writeEndElement();
    newline(xml);
  }

  private static void endSuite(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeEndElement();
    newline(xml);
  }

  private static void startCase(XMLStreamWriter xml, String classname, String name, String path)
      throws XMLStreamException {
    xml.writeCharacters("    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", clean(classname));
    xml.writeAttribute("name", clean(name));
    xml.writeAttribute("file", clean(path));
  }

  private static void endCase(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndElement();
    newline(xml);
  }

  private static void failedCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    List<Finding> findings = c.findings();
    Finding first = findings.get(0);
    Severity worst = first.severity();
    for (Finding f : findings) {
      if (f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
    startCase(xml, c.ruleId(), c.path(), c.path());
    xml.writeStartElement("failure");
    xml.writeAttribute(
        "message",
        clean(
            findings.size()
                + (findings.size() == 1 ? " finding of " : " findings of ")
                + c.ruleId()
                + " ("
                + first.title()
                + ")"));
    xml.writeAttribute("type", worst.label());
    StringBuilder text = new StringBuilder("\n");
    for (Finding f : findings) {
      text.append(f.line())
          .append(':')
          .append(f.column())
          .append(' ')
          .append(f.severity().label())
          .append(' ')
          .append(f.message())
          .append('\n');
      if (present(f.object())) {
        text.append("  in ").append(f.object()).append('\n');
      }
      if (f.inHistory()) {
        text.append("  in commit ")
            .append(f.commit().shortId())
            .append(" (")
            .append(f.commit().day())
            .append(")\n");
      }
      if (!f.controls().isEmpty()) {
        text.append("  controls: ").append(String.join(", ", f.controls())).append('\n');
      }
    }
    for (Suppression s : c.ok()) {
      text.append(s.line()).append(": suppressed: ").append(s.reason()).append('\n');
    }
    if (present(first.remediation())) {
      text.append("Remediation: ").append(first.remediation()).append('\n');
    }
    xml.writeCharacters(clean(text.toString()));
    xml.writeEndElement();
    endCase(xml);
  }

  private static void skippedCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    startCase(xml, c.ruleId(), c.path(), c.path());
    xml.writeEmptyElement("skipped");
    List<String> reasons = new ArrayList<>();
    for (Suppression s : c.ok()) {
      reasons.add(
          "line "
              + s.line()
              + " suppressed: "
              + s.reason()
              + (present(s.until()) ? " (until " + s.until() + ")" : ""));
    }
    xml.writeAttribute("message", clean(String.join("; ", reasons)));
    endCase(xml);
  }

  private static void errorCase(XMLStreamWriter xml, ScanError e) throws XMLStreamException {
    String where = e.line() > 0 ? e.path() + ":" + e.line() : e.path();
    startCase(xml, "rampart", where, e.path());
    xml.writeStartElement("error");
    xml.writeAttribute("message", clean(e.message()));
    xml.writeAttribute("type", "not checked");
    xml.writeCharacters(clean(where + ": " + e.message()));
    xml.writeEndElement();
    endCase(xml);
  }

  private static void newline(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("\n");
  }

  /**
   * XML 1.0 cannot carry most control characters (not even as references), unpaired surrogates or
   * U+FFFE and U+FFFF: they are written as {@code \\uXXXX}, as the text report does.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean allowed;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
        continue;
      } else if (Character.isSurrogate(c)) {
        allowed = false;
      } else {
        allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
      }
      if (allowed) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
