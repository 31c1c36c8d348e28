package dev.rampart.format.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which manifests are templates to render first, and which only carry {{ }} as text. */
class KubeRecognizerTest {
  private static final String HEAD = "apiVersion: v1\nkind: ConfigMap\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "metadata:\n  name: {{ include \"web.fullname\" . }}\n",
        "metadata:\n  labels:\n    {{- include \"web.labels\" . | nindent 4 }}\n",
        "{{- if .Values.enabled }}\ndata: {}\n{{- end }}\n",
        "spec:\n  args:\n    - {{ .Values.arg }}\n",
        "spec:\n  - - {{ .Values.arg }}\n",
        "data:\n  {{ .Values.key }}: x\n",
        // A block scalar ends where a line is no further indented than its key.
        "spec:\n  - script: |\n      echo {{ x }}\n    image: {{ .Values.image }}\n",
        "data:\n  a: |\n    {{ x }}\n  b: {{ .Values.b }}\n",
        "metadata:\n  name: {{ .Release.Name }}\r\n",
      })
  void templateActionsWhereYamlStructureShouldBeMakeATemplate(String body) {
    assertThat(KubeRecognizer.looksLikeTemplate(HEAD + body)).isTrue();
    assertThat(new KubeRecognizer().byContent(HEAD + body)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "data:\n  description: \"Pod {{ $labels.pod }} is down\"\n",
        "data:\n  description: 'Pod {{ $labels.pod }} is down'\n",
        "data:\n  summary: Pod {{ $labels.pod }} is down\n",
        """
        data:
          alert.tmpl: |
            {{ define "slack.title" }}
            {{ .Status }}

            {{ end }}
          other: x
        """,
        "data:\n  items:\n    - >-\n      {{ .Value }}\n    - plain\n",
        "# {{ a comment }}\ndata: {}\n",
        "data:\n  \"quoted: key\": \"{{ x }}\"\n",
      })
  void templateActionsInsideStringsBlocksAndCommentsAreText(String body) {
    assertThat(KubeRecognizer.looksLikeTemplate(HEAD + body)).isFalse();
    assertThat(new KubeRecognizer().byContent(HEAD + body)).isTrue();
  }

  @Test
  void onlyManifestShapedTextIsATemplateOfOne() {
    assertThat(KubeRecognizer.looksLikeTemplate("name: {{ .Values.name }}\n")).isFalse();
    assertThat(KubeRecognizer.looksLikeTemplate(HEAD)).isFalse();
  }
}
