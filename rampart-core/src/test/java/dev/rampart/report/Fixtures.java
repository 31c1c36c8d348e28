package dev.rampart.report;

import dev.rampart.model.Commit;
import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Severity;
import dev.rampart.model.Summary;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** A small scan, written by hand, that every renderer test reads. */
final class Fixtures {
  static final RuleInfo NON_ROOT =
      new RuleInfo(
          "RA-DF-001",
          "Containers run as a non-root user",
          Severity.HIGH,
          List.of("container.non-root"),
          List.of("hadolint:DL3002", "trivy:DS002"),
          "dockerfile",
          "A process running as root in a container is root on the host once it escapes.",
          "Add a `USER` instruction with a non-zero UID after the last `FROM`.",
          List.of("https://docs.docker.com/build/building/best-practices/#user"));

  static final RuleInfo TOKEN =
      new RuleInfo(
          "RA-K8S-010",
          "Pods do not automount service account tokens",
          Severity.MEDIUM,
          List.of("k8s.no-automount-token", "k8s.pss-restricted"),
          List.of("kube-score:pod-probes"),
          "kubernetes",
          "A mounted token lets any compromised container talk to the API server.",
          "Set `automountServiceAccountToken: false` on the pod spec.",
          List.of());

  static final RuleInfo SECRET =
      new RuleInfo(
          "RA-SEC-001",
          "No hard-coded secrets",
          Severity.CRITICAL,
          List.of("secrets.not-in-code"),
          List.of("gitleaks:generic-api-key"),
          "any",
          "Secrets in files end up in images, logs and git history.",
          "Move the value to a secret store and reference it.",
          List.of("OWASP ASVS V2.10"));

  static final RuleInfo GITIGNORE =
      new RuleInfo(
          "RA-GIT-001",
          ".env files are ignored by git",
          Severity.LOW,
          List.of("secrets.gitignore"),
          List.of(),
          "gitignore",
          "An .env file committed once stays in history.",
          "Add `.env` to `.gitignore`.",
          List.of());

  /** In catalog order, deliberately not sorted by id. */
  static final List<RuleInfo> RULES = List.of(SECRET, NON_ROOT, TOKEN, GITIGNORE);

  static Finding finding(
      RuleInfo rule,
      String path,
      int line,
      int column,
      String object,
      String message,
      String fingerprint) {
    return new Finding(
        rule.id(),
        rule.title(),
        rule.severity(),
        rule.controls(),
        rule.aliases(),
        path,
        line,
        column,
        object,
        message,
        rule.remediation(),
        fingerprint);
  }

  static final List<Finding> FINDINGS =
      List.of(
          finding(
              NON_ROOT,
              "Dockerfile",
              5,
              1,
              "stage runtime (FROM alpine:3.20)",
              "the last stage runs as root",
              "fp-dockerfile"),
          finding(
              SECRET,
              "config/my app.env",
              2,
              12,
              "",
              "API key for Zürich service: sk_live_****",
              "fp-secret"),
          finding(
              TOKEN,
              "deploy/web.yaml",
              12,
              7,
              "Deployment/web (container app)",
              "automountServiceAccountToken is not false",
              "fp-token-1"),
          finding(
              TOKEN,
              "deploy/web.yaml",
              104,
              11,
              "CronJob/cleanup",
              "automountServiceAccountToken is not false",
              "fp-token-2"));

  static ScanResult result() {
    return new ScanResult(
        "1.2.3",
        FINDINGS,
        List.of(new Suppression("RA-GIT-001", ".gitignore", 3, "template only", "2027-01-31")),
        Summary.of(FINDINGS),
        List.of(
            ScanError.ofFile("broken.yaml", "could not parse: unexpected end of stream"),
            new ScanError("charts/x.yaml", 4, "tab in indentation")),
        new ScanStats(16, 14, 12_345, Map.of("too large", 1L, "binary", 2L), 42));
  }

  static ScanResult clean() {
    return new ScanResult(
        "1.2.3",
        List.of(),
        List.of(),
        Summary.of(List.of()),
        List.of(),
        new ScanStats(3, 3, 100, Map.of(), 1));
  }

  /** A result holding just {@code findings}, with the clean scan's stats. */
  static ScanResult of(List<Finding> findings) {
    return new ScanResult(
        "1.2.3", findings, List.of(), Summary.of(findings), List.of(), clean().stats());
  }

  static final Commit COMMIT =
      new Commit("0123456789abcdef0123456789abcdef01234567", "2024-05-01T12:00:00Z");

  /** A tree finding and the same secret's history finding, after a {@code --history} scan. */
  static ScanResult history() {
    Finding tree = finding(SECRET, "app.env", 2, 7, "", "API key: sk_l… (32 chars)", "fp-tree");
    Finding history =
        new Finding(
            SECRET.id(),
            SECRET.title(),
            SECRET.severity(),
            List.of("secrets.not-in-history"),
            SECRET.aliases(),
            "app.env",
            1,
            7,
            "",
            "API key: sk_l… (32 chars), committed in 0123456 on 2024-05-01.",
            SECRET.remediation(),
            "fp-history",
            COMMIT);
    List<Finding> findings = List.of(history, tree);
    return new ScanResult(
        "1.2.3",
        findings,
        List.of(),
        Summary.of(findings),
        List.of(),
        new ScanStats(
            3,
            3,
            100,
            Map.of(),
            1,
            new HistoryStats("HEAD", 12, 30, 28, 4096, Map.of("binary", 2L), false)));
  }

  static String render(Renderer renderer, ScanResult result) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(result, RULES, out);
    return out.toString();
  }

  private Fixtures() {}
}
