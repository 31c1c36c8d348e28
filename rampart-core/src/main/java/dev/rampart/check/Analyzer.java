package dev.rampart.check;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.Suppression;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One input format wired end to end: how to recognise it, parse it once, and run every rule over
 * the shared model.
 *
 * @param format the format's name, such as {@code dockerfile}
 * @param pathOnly true when the format is decided and read from the path alone (a key store named
 *     {@code *.p12}): the file is never opened for it, and binary content is no error
 */
public record Analyzer<M>(
    String format,
    Recognizer recognizer,
    Parser<M> parser,
    List<RegisteredRule<M>> rules,
    boolean pathOnly) {

  public Analyzer {
    rules = List.copyOf(rules);
  }

  /** Registers {@code checks}, reading each one's metadata from its annotation. */
  public static <M> Analyzer<M> of(
      String format, Recognizer recognizer, Parser<M> parser, List<? extends Check<M>> checks) {
    return new Analyzer<>(format, recognizer, parser, register(format, checks), false);
  }

  /**
   * An analyzer whose parser reads only the path: it is given a {@link SourceText} with the file's
   * path and no text.
   */
  public static <M> Analyzer<M> ofPaths(
      String format, Recognizer recognizer, Parser<M> parser, List<? extends Check<M>> checks) {
    return new Analyzer<>(format, recognizer, parser, register(format, checks), true);
  }

  private static <M> List<RegisteredRule<M>> register(
      String format, List<? extends Check<M>> checks) {
    List<RegisteredRule<M>> rules = new ArrayList<>();
    for (Check<M> check : checks) {
      rules.add(RegisteredRule.of(format, check));
    }
    return rules;
  }

  public List<RuleInfo> ruleInfos() {
    return rules.stream().map(RegisteredRule::info).toList();
  }

  /**
   * Parses {@code source} and runs the enabled rules, adding what they report and what inline
   * comments accept to {@code findings} and {@code suppressed}. Parse problems and rules that fail
   * become errors; nothing thrown here escapes, so one bad file or one buggy rule never ends a
   * scan.
   */
  public void analyze(
      SourceText source,
      Predicate<RuleInfo> enabled,
      List<Finding> findings,
      List<Suppression> suppressed,
      List<ScanError> errors) {
    Parsed<M> parsed;
    try {
      parsed = parser.parse(source);
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(
          ScanError.ofFile(
              source.path(), "could not parse as " + format + ": " + e.getClass().getSimpleName()));
      return;
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
  }
}
