package dev.rampart.cli;

import dev.rampart.Engine;
import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.ScanProgress;
import dev.rampart.check.Analyzer;
import dev.rampart.check.ControlCatalog;
import dev.rampart.history.HistoryOptions;
import dev.rampart.model.Control;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import dev.rampart.settle.Profile;
import dev.rampart.settle.config.ConfigException;
import dev.rampart.settle.config.ConfigLoader;
import dev.rampart.settle.config.ProjectConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to scan and which rules to run: the options that decide the findings, shared by {@code scan}
 * and {@code baseline create} so that a baseline is made of the findings a scan reports.
 */
final class ScanSelection {

  /** A usage error found before or while starting the scan; its message is for the user. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The project configuration read when {@code --config} is not given. */
  static final String CONFIG_FILE = ".rampart.yaml";

  /**
   * A scan's settled result, the engine that ran it (whose rules a report describes) and the
   * project configuration it applied.
   */
  record Scanned(
      Engine engine, ScanResult result, Predicate<RuleInfo> enabled, ProjectConfig config) {
    /** The rules that ran: those the profile and {@code --only} selected. */
    List<RuleInfo> ran() {
      return engine.rules().stream().filter(enabled).toList();
    }
  }

  @Parameters(
      index = "0",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Directory or file to scan, or - for standard input (default: .)")
  String path;

  @Option(names = "--no-progress", description = "Never show a progress bar")
  boolean noProgress;

  @Option(
      names = "--max-file-size",
      defaultValue = "10m",
      converter = SizeConverter.class,
      paramLabel = "SIZE",
      description = "Do not read files larger than SIZE (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Run only the rules of these formats, such as secrets or dockerfile (default: all)")
  Set<String> only;

  // No picocli default: .rampart.yaml's `profile:` applies when the option is not given.
  @Option(
      names = "--profile",
      converter = ProfileConverter.class,
      paramLabel = "NAME",
      description =
          "Run the rules of this profile: default, guides, pss-baseline, pss-restricted or"
              + " cis-docker (see `rampart profiles`; default: the config's profile, else"
              + " default)")
  Profile profile;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Read the project configuration from FILE (default: .rampart.yaml in the scanned"
              + " directory, when there is one)")
  Path config;

  @Option(
      names = "--history",
      description =
          "Also check every blob introduced by every commit reachable from HEAD for secrets (PATH"
              + " must be inside a git work tree)")
  boolean history;

  @Option(
      names = "--all-refs",
      description =
          "With --history, walk every branch, tag and remote-tracking branch (implies"
              + " --history)")
  boolean allRefs;

  /** True when PATH is standard input. */
  boolean standardInput() {
    return path.equals("-");
  }

  /** Runs the scan, showing progress on {@code stderr} when it is a terminal. */
  Scanned scan(InputStream stdin, PrintStream stderr) throws IOException, UsageException {
    ProjectConfig project = projectConfig();
    Profile chosen = profile;
    if (chosen == null) {
      chosen = project.profile().flatMap(Profile::named).orElse(Profile.DEFAULT);
    }
    Predicate<RuleInfo> enabled = project.select(chosen.selects());
    if (only != null && !only.isEmpty()) {
      enabled = enabled.and(rule -> only.contains(rule.format()));
    }
    ScanOptions options =
        ScanOptions.defaults()
            .withMaxFileSize(maxFileSize)
            .withEnabled(enabled)
            .withExclude(project.exclude());
    Engine engine = Formats.engine(options);
    if (only != null) {
      Set<String> known = new TreeSet<>();
      Formats.builtIn().forEach(analyzer -> known.add(analyzer.format()));
      if (!known.containsAll(only)) {
        throw new UsageException("--only takes formats among " + String.join(", ", known));
      }
    }
    if (standardInput()) {
      if (history || allRefs) {
        throw new UsageException("--history needs a directory inside a git work tree, not -");
      }
      return scanned(engine, engine.scanStream("-", stdin), enabled, project);
    }
    Path root = Path.of(path);
    if (!Files.exists(root)) {
      throw new UsageException("no such file or directory: " + path);
    }
    if (ProgressReporter.wanted(noProgress)) {
      try (ProgressReporter progress = new ProgressReporter(stderr)) {
        return scanned(engine, engine.scan(root, progress, historyOptions()), enabled, project);
      }
    }
    return scanned(
        engine, engine.scan(root, ScanProgress.NONE, historyOptions()), enabled, project);
  }

  private static Scanned scanned(
      Engine engine, ScanResult result, Predicate<RuleInfo> enabled, ProjectConfig project) {
    return new Scanned(engine, project.overrideSeverities(result), enabled, project);
  }

  /**
   * The project configuration: {@code --config FILE}, else {@code .rampart.yaml} in the scanned
   * directory (or beside the scanned file); none for standard input without {@code --config}.
   */
  ProjectConfig projectConfig() throws IOException, UsageException {
    Path file = config;
    if (file == null) {
      if (standardInput()) {
        return ProjectConfig.NONE;
      }
      Path root = Path.of(path);
      Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
      if (dir == null || !Files.isRegularFile(dir.resolve(CONFIG_FILE))) {
        return ProjectConfig.NONE;
      }
      file = dir.resolve(CONFIG_FILE);
    } else if (!Files.isRegularFile(file)) {
      throw new UsageException("no such config file: " + file);
    }
    try {
      return loader().read(file, file.toString());
    } catch (ConfigException e) {
      throw new UsageException("invalid config: " + e.getMessage());
    }
  }

  /** A loader that knows every built-in rule, profile and control. */
  static ConfigLoader loader() {
    Set<String> rules =
        Formats.builtIn().stream()
            .map(Analyzer::ruleInfos)
            .flatMap(List::stream)
            .map(RuleInfo::id)
            .collect(Collectors.toSet());
    Set<String> profiles = Profile.all().stream().map(Profile::name).collect(Collectors.toSet());
    Set<String> controls =
        ControlCatalog.builtIn().all().stream().map(Control::id).collect(Collectors.toSet());
    return new ConfigLoader(rules, profiles, controls);
  }

  private HistoryOptions historyOptions() {
    if (allRefs) {
      return HistoryOptions.ALL_REFS;
    }
    return history ? HistoryOptions.HEAD : HistoryOptions.NONE;
  }
}
