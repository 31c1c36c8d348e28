package dev.rampart;

import dev.rampart.check.Analyzer;
import dev.rampart.format.compose.ComposeParser;
import dev.rampart.format.compose.ComposeRecognizer;
import dev.rampart.format.dockerfile.DockerfileParser;
import dev.rampart.format.dockerfile.DockerfileRecognizer;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.format.files.SecurityPolicyParser;
import dev.rampart.format.fly.FlyParser;
import dev.rampart.format.helm.HelmParser;
import dev.rampart.format.helm.HelmRecognizer;
import dev.rampart.format.helm.Unrendered;
import dev.rampart.format.kube.KubeParser;
import dev.rampart.format.kube.KubeRecognizer;
import dev.rampart.format.nginx.NginxParser;
import dev.rampart.format.nginx.NginxRecognizer;
import dev.rampart.format.requirements.RequirementsParser;
import dev.rampart.format.settings.SettingsParser;
import dev.rampart.format.settings.SettingsRecognizer;
import dev.rampart.format.ssh.SshKeyParser;
import dev.rampart.format.ssh.SshdConfigParser;
import dev.rampart.model.RuleInfo;
import dev.rampart.rules.compose.ComposeRules;
import dev.rampart.rules.dockerfile.DockerfileRules;
import dev.rampart.rules.files.RepositoryFileRules;
import dev.rampart.rules.fly.FlyRules;
import dev.rampart.rules.kube.KubernetesRules;
import dev.rampart.rules.nginx.NginxRules;
import dev.rampart.rules.requirements.RequirementsRules;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.rules.settings.SettingsRules;
import dev.rampart.rules.ssh.SshRules;
import dev.rampart.secrets.SecretScanParser;
import dev.rampart.secrets.TextFiles;
import dev.rampart.settle.Settler;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The input formats Rampart reads, each wired to its recogniser, parser and rules. */
public final class Formats {
  /** The raw-text secret pass, which runs over every text file. */
  public static final String SECRETS = "secrets";

  private Formats() {}

  public static List<Analyzer<?>> builtIn() {
    return List.of(
        Analyzer.of(
            "dockerfile",
            new DockerfileRecognizer(),
            new DockerfileParser(),
            DockerfileRules.all()),
        Analyzer.of(
            "kubernetes",
            new KubeRecognizer(),
            new KubeParser(),
            KubernetesRules.all(),
            KubernetesRules.scanWide()),
        Analyzer.of(
            "compose",
            new ComposeRecognizer(),
            new ComposeParser(),
            ComposeRules.all(),
            ComposeRules.scanWide()),
        Analyzer.of(
            "settings",
            new SettingsRecognizer(),
            new SettingsParser(),
            SettingsRules.all(),
            SettingsRules.scanWide()),
        Analyzer.of("fly", new FlyParser(), new FlyParser(), FlyRules.all()),
        Analyzer.of(
            "nginx", new NginxRecognizer(), new NginxParser(), List.of(), NginxRules.scanWide()),
        Analyzer.ofPaths(
            "files",
            new RepositoryFiles(),
            new RepositoryFiles(),
            RepositoryFileRules.all(),
            RepositoryFileRules.scanWide()),
        Analyzer.of(
            "files",
            new SecurityPolicyParser(),
            new SecurityPolicyParser(),
            RepositoryFileRules.securityPolicy()),
        Analyzer.of(
            "requirements",
            new RequirementsParser(),
            new RequirementsParser(),
            RequirementsRules.all()),
        Analyzer.of(
            "ssh", new SshdConfigParser(), new SshdConfigParser(), List.of(), SshRules.sshd()),
        Analyzer.of(
            "ssh",
            new SshKeyParser(),
            new SshKeyParser(),
            SshRules.keys(),
            SshRules.keysScanWide()),
        Analyzer.of(
            SECRETS,
            new TextFiles(),
            new SecretScanParser(SecretRules.detector()),
            SecretRules.all()),
        // Part of the Kubernetes format: the charts and templates its rules cannot read yet.
        Analyzer.ofUnchecked(
            "kubernetes", new HelmRecognizer(), new HelmParser(), new Unrendered()));
  }

  /** An engine with every built-in format and rule. */
  public static Engine engine(ScanOptions options) {
    List<Analyzer<?>> analyzers = builtIn();
    Set<String> rawText =
        analyzers.stream()
            .filter(analyzer -> analyzer.format().equals(SECRETS))
            .flatMap(analyzer -> analyzer.ruleInfos().stream())
            .map(RuleInfo::id)
            .collect(Collectors.toSet());
    return new Engine(analyzers, options, new Settler(Version.current(), rawText));
  }
}
