package dev.rampart;

import dev.rampart.check.Analyzer;
import dev.rampart.format.dockerfile.DockerfileParser;
import dev.rampart.format.dockerfile.DockerfileRecognizer;
import dev.rampart.rules.dockerfile.DockerfileRules;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.secrets.SecretScanParser;
import dev.rampart.secrets.TextFiles;
import dev.rampart.settle.Settler;
import java.util.List;

/** The input formats Rampart reads, each wired to its recogniser, parser and rules. */
public final class Formats {
  private Formats() {}

  public static List<Analyzer<?>> builtIn() {
    return List.of(
        Analyzer.of(
            "dockerfile",
            new DockerfileRecognizer(),
            new DockerfileParser(),
            DockerfileRules.all()),
        Analyzer.of(
            "secrets",
            new TextFiles(),
            new SecretScanParser(SecretRules.detector()),
            SecretRules.all()));
  }

  /** An engine with every built-in format and rule. */
  public static Engine engine(ScanOptions options) {
    return new Engine(builtIn(), options, new Settler(Version.current()));
  }
}
