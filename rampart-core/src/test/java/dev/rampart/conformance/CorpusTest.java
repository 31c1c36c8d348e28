package dev.rampart.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  private static final String PRIVILEGED_POD =
      """
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            securityContext: {privileged: true}
      """;

  @TempDir Path corpus;

  @Test
  void casesJoinedWithPlusAreScannedTogetherAndKeepFilesOfTheSameName() throws IOException {
    Files.createDirectories(corpus.resolve("a"));
    Files.createDirectories(corpus.resolve("b"));
    Files.writeString(corpus.resolve("a/pod.yaml"), PRIVILEGED_POD);
    Files.writeString(corpus.resolve("b/pod.yaml"), PRIVILEGED_POD);

    assertThat(Corpus.scanCase(corpus, "a/pod.yaml+b/pod.yaml").findings())
        .filteredOn(finding -> finding.ruleId().equals("RA-K8S-002"))
        .extracting(Finding::path)
        .containsExactly("0-pod.yaml", "1-pod.yaml");
    assertThat(Corpus.scanCase(corpus, "a/pod.yaml").findings())
        .filteredOn(finding -> finding.ruleId().equals("RA-K8S-002"))
        .hasSize(1);
  }
}
