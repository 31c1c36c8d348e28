package dev.rampart.format.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.format.yaml.YamlStream;
import dev.rampart.model.Finding;
import dev.rampart.model.Position;
import dev.rampart.model.ScanError;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the YAML and Kubernetes front ends and every Kubernetes rule with Jazzer. Under {@code
 * ./mvnw verify} it runs in regression mode over the seeds in {@code KubeFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl rampart-core test -Dtest=KubeFuzzTest} fuzzes for real and adds any
 * crash it finds to those seeds.
 */
class KubeFuzzTest {
  private static final Analyzer<?> KUBERNETES =
      Formats.builtIn().stream().filter(a -> a.format().equals("kubernetes")).findFirst().get();

  @FuzzTest(maxDuration = "30s")
  void parsersAndRulesNeverThrowAndKeepPositionsInTheFile(byte[] bytes) {
    SourceText source = FileContent.decode("deploy.yaml", bytes).orElse(null);
    if (source == null) {
      return; // binary: the engine reports it before any parser sees it
    }

    Parsed<YamlStream> yaml = new YamlParser().parse(source);
    for (YamlDocument document : yaml.model().documents()) {
      assertInside(source, document.position());
      document.root().ifPresent(root -> assertEveryNodeInside(source, root));
    }
    yaml.problems().forEach(p -> assertThat(p.line()).isBetween(1, source.lineCount()));

    Parsed<KubeManifests> kube = new KubeParser().parse(source);
    for (KubeObject object : kube.model().objects()) {
      assertInside(source, object.position());
      object
          .podSpec()
          .ifPresent(pod -> pod.containers().forEach(c -> assertInside(source, c.position())));
    }
    kube.problems().forEach(p -> assertThat(p.line()).isBetween(1, source.lineCount()));

    // The whole check path, scan-wide rules included: a rule that throws is caught and becomes an
    // error; here it must not.
    List<Finding> findings = new ArrayList<>();
    List<ScanError> errors = new ArrayList<>();
    Analyzer<?>.Run run = KUBERNETES.start(rule -> true);
    run.analyze(source, findings, new ArrayList<>(), errors);
    run.finish(findings, new ArrayList<>(), errors);
    assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
    assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
    findings.forEach(f -> assertInside(source, Position.of(f.line(), f.column())));
  }

  // Aliases share nodes, so each node is visited once.
  private static void assertEveryNodeInside(SourceText source, YamlNode root) {
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<YamlNode> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      YamlNode node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      assertInside(source, node.position());
      todo.addAll(node.items());
      node.asMapping()
          .ifPresent(
              mapping -> {
                for (YamlEntry entry : mapping.entries()) {
                  todo.push(entry.key());
                  todo.push(entry.value());
                }
              });
    }
  }

  private static void assertInside(SourceText source, Position position) {
    assertThat(position.line()).isBetween(1, source.lineCount());
    assertThat(position.column()).isBetween(1, source.line(position.line()).length() + 1);
  }
}
