package dev.rampart.format.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm charts and templates are reported as errors, once each, and never silently passed over. */
class UnrenderedTest {
  private static final String CHART = "apiVersion: v2\nname: %s\nversion: 0.1.0\n";
  private static final String TEMPLATED_DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: {{ include "web.fullname" . }}
        labels:
          {{- include "web.labels" . | nindent 4 }}
      spec:
        template:
          spec:
            containers:
              - name: web
                image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
      """;
  private static final String PRIVILEGED_POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: debug
      spec:
        securityContext: {runAsNonRoot: true}
        containers:
          - name: debug
            securityContext:
              privileged: true
      """;

  @TempDir Path tree;

  private final Engine engine = Formats.engine(ScanOptions.defaults());

  private void write(String path, String content) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** A GitHub-shaped token, made up here so that no secret is written in the source. */
  private static String token() {
    Random random = new Random(11);
    StringBuilder token = new StringBuilder("ghp_");
    String base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < 36; i++) {
      token.append(base62.charAt(random.nextInt(base62.length())));
    }
    return token.toString();
  }

  @Test
  void aChartIsOneErrorItsTemplatesNoneAndTemplatesElsewhereOneEach() throws IOException {
    write("charts/web/Chart.yaml", CHART.formatted("web"));
    write("charts/web/values.yaml", "image:\n  repository: nginx\ntoken: " + token() + "\n");
    write("charts/web/templates/deployment.yaml", TEMPLATED_DEPLOYMENT);
    write("charts/web/templates/_helpers.tpl", "{{- define \"web.fullname\" -}}web{{- end }}\n");
    write("charts/web/templates/NOTES.txt", "Visit {{ .Values.url }}\n");
    write("charts/web/templates/static-pod.yaml", PRIVILEGED_POD);
    // A dependency is rendered with the chart that holds it.
    write("charts/web/charts/db/Chart.yaml", CHART.formatted("db"));
    write("charts/web/charts/db/templates/statefulset.yaml", TEMPLATED_DEPLOYMENT);
    // Outside any chart: a template, and a manifest whose {{ }} are only text.
    write(
        "deploy/job.yaml",
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Release.Name }}\n"
            + "spec:\n  template:\n    spec:\n      containers:\n        - name: job\n"
            + "          env:\n            - name: TOKEN\n              value: "
            + token()
            + "\n");
    write(
        "deploy/alerts.yaml",
        "apiVersion: v1\nkind: ConfigMap\ndata:\n  summary: \"Pod {{ $labels.pod }} is down\"\n");
    // A Chart.yaml without a name makes no chart: its templates are reported one by one.
    write("broken/Chart.yaml", "description: not a chart\n");
    write("broken/templates/service.yaml", TEMPLATED_DEPLOYMENT);

    ScanResult result = engine.scan(tree, ScanProgress.NONE);

    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::line, ScanError::message)
        .containsExactlyInAnyOrder(
            tuple("broken/templates/service.yaml", 0, Unrendered.TEMPLATE),
            tuple(
                "charts/web/Chart.yaml",
                0,
                "Helm chart \"web\" not scanned: its templates must be rendered first:"
                    + " helm template web charts/web | rampart scan -"),
            tuple("deploy/job.yaml", 0, Unrendered.TEMPLATE));
    // Secrets are still looked for in every file, templates included; a file of templates/
    // without a template action is a plain manifest, checked as one.
    assertThat(result.findings())
        .extracting(Finding::ruleId, Finding::path)
        .contains(
            tuple("RA-K8S-002", "charts/web/templates/static-pod.yaml"),
            tuple("RA-SEC-004", "charts/web/values.yaml"),
            tuple("RA-SEC-004", "deploy/job.yaml"))
        .noneMatch(hit -> hit.toList().contains("deploy/alerts.yaml"));
  }

  @Test
  void aChartAtTheRootIsNamedByItsPathAndANameHelmCannotTakeIsNoRelease() throws IOException {
    write("Chart.yaml", CHART.formatted("Web_App"));
    write("templates/deployment.yaml", TEMPLATED_DEPLOYMENT);

    assertThat(engine.scan(tree, ScanProgress.NONE).errors())
        .extracting(ScanError::path, ScanError::message)
        .containsExactly(
            tuple(
                "Chart.yaml",
                "Helm chart \"Web_App\" not scanned: its templates must be rendered first:"
                    + " helm template RELEASE . | rampart scan -"));
  }

  @Test
  void chartsAreReportedOnlyWhenKubernetesRulesRun() throws IOException {
    write("charts/web/Chart.yaml", CHART.formatted("web"));
    write("charts/web/templates/deployment.yaml", TEMPLATED_DEPLOYMENT);
    write("deploy/job.yaml", TEMPLATED_DEPLOYMENT);
    Engine secretsOnly =
        Formats.engine(
            ScanOptions.defaults().withEnabled(rule -> rule.format().equals(Formats.SECRETS)));

    assertThat(secretsOnly.scan(tree, ScanProgress.NONE).errors()).isEmpty();
  }

  @Test
  void aTemplateOnStandardInputIsAnError() throws IOException {
    ScanResult result =
        engine.scanStream(
            "-", new ByteArrayInputStream(TEMPLATED_DEPLOYMENT.getBytes(StandardCharsets.UTF_8)));

    assertThat(result.errors())
        .extracting(ScanError::path, ScanError::message)
        .containsExactly(tuple("-", Unrendered.TEMPLATE));
    assertThat(result.stats().filesChecked()).isEqualTo(1);
  }
}
