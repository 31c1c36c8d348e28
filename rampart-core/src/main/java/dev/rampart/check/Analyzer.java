package dev.rampart.check;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.Suppression;
import dev.rampart.parse.FileFacts;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.PathReader;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One input format wired end to end: how to recognise it, parse it once, and run every rule over
 * the shared model.
 *
 * @param format the format's name, such as {@code dockerfile}
 * @param rules the rules that read one file at a time
 * @param scanRules the rules that read every file of the format in the scan at once
 * @param paths for a format decided and read from the path alone (a key store named {@code *.p12}),
 *     how to make its model from what the walk knows of a file: the file is never opened for it,
 *     and binary content is no error
 * @param problems what the analyzer reports as errors once every file is in (none for most)
 */
public record Analyzer<M>(
    String format,
    Recognizer recognizer,
    Parser<M> parser,
    List<RegisteredRule<M>> rules,
    List<RegisteredRule<ParsedFiles<M>>> scanRules,
    Optional<PathReader<M>> paths,
    Optional<ScanProblems<M>> problems) {

  public Analyzer {
    rules = List.copyOf(rules);
    scanRules = List.copyOf(scanRules);
  }

  /** Registers {@code checks}, reading each one's metadata from its annotation. */
  public static <M> Analyzer<M> of(
      String format, Recognizer recognizer, Parser<M> parser, List<? extends Check<M>> checks) {
    return of(format, recognizer, parser, checks, List.of());
  }

  /** Registers per-file {@code checks} and scan-wide {@code scanChecks}. */
  public static <M> Analyzer<M> of(
      String format,
      Recognizer recognizer,
      Parser<M> parser,
      List<? extends Check<M>> checks,
      List<? extends Check<ParsedFiles<M>>> scanChecks) {
    return new Analyzer<>(
        format,
        recognizer,
        parser,
        register(format, checks),
        register(format, scanChecks),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * An analyzer that reads only what the walk knows of an entry (see {@link FileFacts}), never its
   * content: per-entry {@code checks} and scan-wide {@code scanChecks}. Besides files, the walk
   * offers it the directories (the root too) whose path with a trailing {@code /} its recogniser
   * names, and the git-ignored files it names, which no other format reads.
   */
  public static <M> Analyzer<M> ofPaths(
      String format,
      Recognizer recognizer,
      PathReader<M> reader,
      List<? extends Check<M>> checks,
      List<? extends Check<ParsedFiles<M>>> scanChecks) {
    Parser<M> byPath = source -> Parsed.clean(reader.read(FileFacts.ofPath(source.path())));
    return new Analyzer<>(
        format,
        recognizer,
        byPath,
        register(format, checks),
        register(format, scanChecks),
        Optional.of(reader),
        Optional.empty());
  }

  /** Whether the format is read from the path alone: see {@link #ofPaths}. */
  public boolean pathOnly() {
    return paths.isPresent();
  }

  /**
   * An analyzer with no rules of its own, for inputs of {@code format} that its rules cannot read
   * as they are (templates): it parses them to know what they are and reports them with {@code
   * problems} once every file is in. It runs whenever a rule of its format does.
   */
  public static <M> Analyzer<M> ofUnchecked(
      String format, Recognizer recognizer, Parser<M> parser, ScanProblems<M> problems) {
    return new Analyzer<>(
        format, recognizer, parser, List.of(), List.of(), Optional.empty(), Optional.of(problems));
  }

  private static <T> List<RegisteredRule<T>> register(
      String format, List<? extends Check<T>> checks) {
    List<RegisteredRule<T>> rules = new ArrayList<>();
    for (Check<T> check : checks) {
      rules.add(RegisteredRule.of(format, check));
    }
    return rules;
  }

  /** Every rule of the format, per-file and scan-wide. */
  public List<RuleInfo> ruleInfos() {
    return java.util.stream.Stream.concat(rules.stream(), scanRules.stream())
        .map(RegisteredRule::info)
        .toList();
  }

  /**
   * Starts one scan: files analysed through the returned run are also kept, parsed, for the
   * scan-wide rules that {@link Run#finish} runs once every file is in.
   */
  public Run start(Predicate<RuleInfo> enabled) {
    return start(enabled, scanWideBudget());
  }

  /**
   * Starts one scan whose scan-wide rules may keep at most {@code budgetChars} characters of
   * source, with their models; past that they do not run, and {@link Run#finish} says so.
   */
  public Run start(Predicate<RuleInfo> enabled, long budgetChars) {
    return new Run(enabled, budgetChars);
  }

  /**
   * How much source the scan-wide rules may keep: a parsed manifest takes about six bytes of heap
   * per character of YAML, so a twelfth of the heap, less what the rest of the scan needs, leaves
   * room for the findings and the collector to work without thrashing.
   */
  static long scanWideBudget() {
    return Math.max(8L << 20, (Runtime.getRuntime().maxMemory() - (128L << 20)) / 12);
  }

  /** One scan's use of this analyzer; safe to feed from many threads. */
  public final class Run {
    private final Predicate<RuleInfo> enabled;
    private final List<RegisteredRule<ParsedFiles<M>>> enabledScanRules;
    private final Queue<ParsedFile<M>> kept = new ConcurrentLinkedQueue<>();
    private final long budgetChars;
    private final AtomicLong keptChars = new AtomicLong();
    private volatile boolean overBudget;

    private Run(Predicate<RuleInfo> enabled, long budgetChars) {
      this.enabled = enabled;
      this.budgetChars = budgetChars;
      this.enabledScanRules = scanRules.stream().filter(rule -> enabled.test(rule.info())).toList();
    }

    public Analyzer<M> analyzer() {
      return Analyzer.this;
    }

    /** Like {@link Analyzer#analyze}, keeping the model when a scan-wide rule will need it. */
    public void analyze(
        SourceText source,
        List<Finding> findings,
        List<Suppression> suppressed,
        List<ScanError> errors) {
      analyze(source, SourceTree.NONE, findings, suppressed, errors);
    }

    /** The same, for a file of a scanned tree whose other files its parser may read. */
    public void analyze(
        SourceText source,
        SourceTree tree,
        List<Finding> findings,
        List<Suppression> suppressed,
        List<ScanError> errors) {
      keep(source, Analyzer.this.analyze(source, tree, enabled, findings, suppressed, errors));
    }

    /**
     * Like {@link #analyze} for an entry of a {@link Analyzer#ofPaths path-only} format, read from
     * {@code facts} alone.
     */
    public void analyzePath(
        FileFacts facts,
        List<Finding> findings,
        List<Suppression> suppressed,
        List<ScanError> errors) {
      PathReader<M> reader =
          paths.orElseThrow(() -> new IllegalStateException(format + " reads file contents"));
      SourceText source = new SourceText(facts.path(), "");
      keep(
          source,
          Analyzer.this.analyze(
              source,
              () -> Parsed.clean(reader.read(facts)),
              enabled,
              findings,
              suppressed,
              errors));
    }

    private void keep(SourceText source, Optional<M> model) {
      if (!enabledScanRules.isEmpty()) {
        if (keptChars.addAndGet(source.text().length()) > budgetChars) {
          // Past the budget the scan-wide rules cannot judge the whole scan: free what they hold
          // now, so the per-file rules finish the scan in flat memory, and say so at the end.
          overBudget = true;
          kept.clear();
        } else {
          model.ifPresent(parsed -> kept.add(new ParsedFile<>(source, parsed)));
        }
      } else if (problems.isPresent()) {
        // Problems name files by path: the text need not stay in memory until the end.
        SourceText path = new SourceText(source.path(), "");
        model.ifPresent(parsed -> kept.add(new ParsedFile<>(path, parsed)));
      }
    }

    /** Runs the scan-wide rules, and reports the problems, over every file analysed so far. */
    public void finish(
        List<Finding> findings, List<Suppression> suppressed, List<ScanError> errors) {
      if (enabledScanRules.isEmpty() && problems.isEmpty()) {
        return;
      }
      ParsedFiles<M> files = new ParsedFiles<>(List.copyOf(kept));
      problems.ifPresent(
          report -> {
            try {
              errors.addAll(report.of(files));
            } catch (RuntimeException | StackOverflowError e) {
              errors.add(
                  ScanError.ofFile(
                      "", "the " + format + " format failed: " + e.getClass().getSimpleName()));
            }
          });
      if (overBudget) {
        errors.add(
            ScanError.ofFile(
                "",
                String.format(
                    "the scan-wide %s rules (%s) did not run: the scan holds %.0f MB of %s files,"
                        + " more than the %.0f MB they may keep in memory; scan each application's"
                        + " folder on its own, or give Java more memory"
                        + " (RAMPART_JAVA_OPTS=-Xmx2g)",
                    format,
                    String.join(
                        ", ", enabledScanRules.stream().map(rule -> rule.info().id()).toList()),
                    keptChars.get() / (1024.0 * 1024.0),
                    format,
                    budgetChars / (1024.0 * 1024.0))));
        return;
      }
      SourceText anchor = new SourceText("", "");
      for (RegisteredRule<ParsedFiles<M>> rule : enabledScanRules) {
        Findings out = new Findings(rule.info(), anchor);
        try {
          rule.check().check(files, out);
          findings.addAll(out.collected());
          suppressed.addAll(out.suppressed());
        } catch (RuntimeException | StackOverflowError e) {
          errors.add(
              ScanError.ofFile(
                  "", "rule " + rule.info().id() + " failed: " + e.getClass().getSimpleName()));
        }
      }
    }
  }

  /**
   * Parses {@code source} and runs the enabled rules, adding what they report and what inline
   * comments accept to {@code findings} and {@code suppressed}, and answers the model. Parse
   * problems and rules that fail become errors; nothing thrown here escapes, so one bad file or one
   * buggy rule never ends a scan.
   */
  public Optional<M> analyze(
      SourceText source,
      Predicate<RuleInfo> enabled,
      List<Finding> findings,
      List<Suppression> suppressed,
      List<ScanError> errors) {
    return analyze(source, SourceTree.NONE, enabled, findings, suppressed, errors);
  }

  /** The same, for a file whose parser may read other files of the scanned tree. */
  public Optional<M> analyze(
      SourceText source,
      SourceTree tree,
      Predicate<RuleInfo> enabled,
      List<Finding> findings,
      List<Suppression> suppressed,
      List<ScanError> errors) {
    return analyze(source, () -> parser.parse(source, tree), enabled, findings, suppressed, errors);
  }

  private Optional<M> analyze(
      SourceText source,
      Supplier<Parsed<M>> parse,
      Predicate<RuleInfo> enabled,
      List<Finding> findings,
      List<Suppression> suppressed,
      List<ScanError> errors) {
    Parsed<M> parsed;
    try {
      parsed = parse.get();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(
          ScanError.ofFile(
              source.path(), "could not parse as " + format + ": " + e.getClass().getSimpleName()));
      return Optional.empty();
    }
    for (ParseProblem problem : parsed.problems()) {
      errors.add(new ScanError(source.path(), problem.line(), problem.message()));
    }
    for (RegisteredRule<M> rule : rules) {
      if (!enabled.test(rule.info())) {
        continue;
      }
      Findings out = new Findings(rule.info(), source);
      try {
        rule.check().check(parsed.model(), out);
        findings.addAll(out.collected());
        suppressed.addAll(out.suppressed());
      } catch (RuntimeException | StackOverflowError e) {
        // A rule bug must not hide the other rules' findings; report it so it gets fixed.
        errors.add(
            ScanError.ofFile(
                source.path(),
                "rule " + rule.info().id() + " failed: " + e.getClass().getSimpleName()));
      }
    }
    return Optional.of(parsed.model());
  }
}
