package dev.rampart.format.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the sshd_config and SSH key readers and every ssh rule with Jazzer: the input is read as
 * an {@code sshd_config}, a drop-in, a private key file and an {@code authorized_keys} file. Under
 * {@code ./mvnw verify} it runs over the seeds in {@code SshFuzzTestInputs/}; {@code JAZZER_FUZZ=1
 * ./mvnw -pl rampart-core test -Dtest=SshFuzzTest} fuzzes for real.
 */
class SshFuzzTest {
  private static final List<Analyzer<?>> SSH =
      Formats.builtIn().stream().filter(a -> a.format().equals("ssh")).toList();

  @FuzzTest(maxDuration = "30s")
  void readersAndRulesNeverThrowAndReportInsideTheFile(byte[] bytes) {
    for (String path :
        List.of("sshd_config", "sshd_config.d/50.conf", "id_ed25519", "authorized_keys")) {
      SourceText source = FileContent.decode(path, bytes).orElse(null);
      if (source == null) {
        return;
      }
      for (Analyzer<?> analyzer : SSH) {
        if (analyzer.recognizer().byName(path) == SshKeyParser.ByName.NO) {
          continue;
        }
        List<Finding> findings = new ArrayList<>();
        List<ScanError> errors = new ArrayList<>();
        Analyzer<?>.Run run = analyzer.start(rule -> true);
        run.analyze(source, findings, new ArrayList<>(), errors);
        run.finish(findings, new ArrayList<>(), errors);
        assertThat(errors).noneMatch(e -> e.message().startsWith("rule "));
        assertThat(errors).noneMatch(e -> e.message().startsWith("could not parse"));
        errors.forEach(e -> assertThat(e.line()).isBetween(0, source.lineCount()));
        findings.forEach(f -> assertThat(f.line()).isBetween(1, source.lineCount()));
      }
    }
  }
}
