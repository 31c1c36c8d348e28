package dev.rampart.format.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.check.Recognizer.ByName;
import dev.rampart.model.Position;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeParserTest {

  private static Parsed<KubeManifests> parse(String text) {
    return new KubeParser().parse(new SourceText("deploy.yaml", text));
  }

  private static final String TEMPLATED =
      """
      spec:
        template:
          spec:
            containers:
              - name: app
      """;

  @ParameterizedTest
  @CsvSource({
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "ReplicationController",
    "Job"
  })
  void templatedWorkloadsKeepTheirPodSpecInSpecTemplateSpec(String kind) {
    KubeObject object =
        parse("apiVersion: apps/v1\nkind: " + kind + "\n" + TEMPLATED).model().objects().get(0);
    PodSpec pod = object.podSpec().orElseThrow();
    assertThat(pod.position()).isEqualTo(Position.of(6, 7));
    assertThat(pod.containers())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).contains("app");
              assertThat(c.position()).isEqualTo(Position.of(7, 11));
            });
  }

  @Test
  void aPodKeepsItsSpecInSpecAndACronJobInItsJobTemplate() {
    PodSpec pod =
        parse("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n")
            .model()
            .objects()
            .get(0)
            .podSpec()
            .orElseThrow();
    assertThat(pod.containers()).extracting(Container::position).containsExactly(Position.of(5, 5));
    PodSpec cron =
        parse(
                """
                apiVersion: batch/v1
                kind: CronJob
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - name: job
                """)
            .model()
            .objects()
            .get(0)
            .podSpec()
            .orElseThrow();
    assertThat(cron.containers())
        .extracting(Container::position)
        .containsExactly(Position.of(9, 15));
  }

  @Test
  void readsEveryRoleOfContainerAndTheMetadata() {
    KubeObject pod =
        parse(
                """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  namespace: shop
                  labels: {app: web, tier: front}
                  annotations:
                    note: hi
                spec:
                  initContainers: [{name: init}]
                  containers: [{name: main}]
                  ephemeralContainers: [{name: debug}]
                """)
            .model()
            .objects()
            .get(0);
    assertThat(pod.label()).isEqualTo("Pod web");
    assertThat(pod.metadata().namespace()).contains("shop");
    assertThat(pod.metadata().labels()).containsEntry("app", "web").containsEntry("tier", "front");
    assertThat(pod.metadata().annotations()).containsEntry("note", "hi");
    assertThat(pod.podSpec().orElseThrow().containers())
        .extracting(Container::label)
        .containsExactly("container main", "init container init", "ephemeral container debug");
  }

  @Test
  void theContainersSettingOverridesThePods() {
    PodSpec pod =
        parse(
                """
                apiVersion: v1
                kind: Pod
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 1000
                  containers:
                    - name: a
                      securityContext:
                        runAsNonRoot: false
                        runAsUser: ~
                """)
            .model()
            .objects()
            .get(0)
            .podSpec()
            .orElseThrow();
    Container a = pod.containers().get(0);
    assertThat(pod.effective(a, "runAsNonRoot").flatMap(e -> e.value().asBoolean()))
        .contains(false);
    assertThat(pod.effective(a, "runAsUser").orElseThrow().position()).isEqualTo(Position.of(6, 5));
    assertThat(pod.effective(a, "seccompProfile")).isEmpty();
  }

  @Test
  void unwrapsListsAndKeepsPositionsAcrossDocuments() {
    Parsed<KubeManifests> parsed =
        parse(
            """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Service
                metadata: {name: a}
              - apiVersion: apps/v1
                kind: Deployment
                metadata: {name: b}
            ---
            # a comment
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().objects())
        .extracting(KubeObject::label, o -> o.position().line())
        .containsExactly(tuple("Service a", 4), tuple("Deployment b", 7), tuple("ConfigMap c", 12));
    assertThat(parsed.model().objects().get(1).podSpec()).isEmpty();
  }

  @Test
  void yamlWithoutKindIsNoObjectAndNoError() {
    Parsed<KubeManifests> parsed = parse("name: settings\nport: 80\n---\n- a\n---\nplain\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().objects()).isEmpty();
  }

  @Test
  void anApiVersionWithoutKindIsAProblem() {
    Parsed<KubeManifests> parsed =
        parse("apiVersion: v1\nkind: Service\n---\nmetadata: {}\napiVersion: v1\n");
    assertThat(parsed.model().objects()).hasSize(1);
    assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
  }

  @Test
  void aBrokenDocumentLeavesTheOthers() {
    Parsed<KubeManifests> parsed =
        parse("apiVersion: v1\nkind: A\n---\nkind: [\n---\napiVersion: v1\nkind: B\n");
    assertThat(parsed.model().objects()).extracting(KubeObject::kind).containsExactly("A", "B");
    assertThat(parsed.problems()).hasSize(1);
  }

  @Test
  void recognisesYamlManifestsByNameAndContent() {
    KubeRecognizer recognizer = new KubeRecognizer();
    assertThat(recognizer.byName("k8s/deploy.yaml")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("k8s/deploy.YML")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("-")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("Dockerfile")).isEqualTo(ByName.NO);
    assertThat(recognizer.byName("deploy.json")).isEqualTo(ByName.NO);
    assertThat(recognizer.byContent("# c\napiVersion: v1\nkind: Pod\n")).isTrue();
    assertThat(recognizer.byContent("name: x\nkind: thing\n")).isFalse();
    assertThat(recognizer.byContent("spec:\n  apiVersion: v1\n  kind: Pod\n")).isFalse();
    assertThat(recognizer.byContent("apiVersion: v1\nkind: Pod\nimage: {{ .Values.image }}\n"))
        .isFalse();
  }
}
