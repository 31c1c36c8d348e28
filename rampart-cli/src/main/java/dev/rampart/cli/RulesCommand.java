package dev.rampart.cli;

import dev.rampart.Formats;
import dev.rampart.ScanOptions;
import dev.rampart.model.RuleInfo;
import dev.rampart.report.RuleCatalogRenderer;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import dev.rampart.settle.ExitCode;
import dev.rampart.settle.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart rules}: the rule catalog, from the rules' own metadata. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule, or shows one in full (rampart rules show ID).",
    subcommands = RulesCommand.Show.class)
final class RulesCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    markdown
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output")
  Path output;

  @Option(
      names = "--profile",
      converter = ProfileConverter.class,
      paramLabel = "NAME",
      description =
          "List only the rules of this profile (rampart profiles lists them; without"
              + " it, every rule)")
  Profile profile;

  @Option(
      names = "--secret-patterns",
      hidden = true,
      description = "Print the secret detector's regular expressions, one per line (for bench/)")
  boolean secretPatterns;

  PrintStream stdout = System.out;

  static List<RuleInfo> catalog() {
    return Formats.engine(ScanOptions.defaults().withEnabled(rule -> true)).rules();
  }

  @Override
  public Integer call() throws IOException {
    if (secretPatterns) {
      Output.write(
          output,
          stdout,
          out -> {
            for (SecretRule rule : SecretRules.all()) {
              for (SecretPattern pattern : rule.patterns()) {
                out.write(forRipgrep(pattern.regex().pattern()) + "\n");
              }
            }
          });
      return ExitCode.CLEAN;
    }
    List<RuleInfo> rules =
        profile == null ? catalog() : catalog().stream().filter(profile.selects()).toList();
    Output.write(
        output,
        stdout,
        out -> {
          switch (format) {
            case json -> RuleCatalogRenderer.json(rules, out);
            case markdown -> RuleCatalogRenderer.markdown(rules, out);
            case text -> RuleCatalogRenderer.table(rules, out);
          }
        });
    return ExitCode.CLEAN;
  }

  // ripgrep joins the lines of -f into one alternation: each expression keeps its flags in a
  // group of its own, and group names (repeated across expressions) are dropped.
  private static String forRipgrep(String expression) {
    return "(?:" + expression.replaceAll("\\(\\?P<[A-Za-z]+>", "(") + ")";
  }

  /** {@code rampart rules show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one rule in full.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "A rule id, such as RA-DF-001")
    String id;

    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
      Optional<RuleInfo> rule =
          catalog().stream()
              .filter(r -> r.id().equalsIgnoreCase(id.strip().toUpperCase(Locale.ROOT)))
              .findFirst();
      if (rule.isEmpty()) {
        stderr.println("rampart: no rule " + id + " (rampart rules lists them)");
        return ExitCode.FAILURE;
      }
      Output.write(null, stdout, out -> RuleCatalogRenderer.show(rule.get(), out));
      return ExitCode.CLEAN;
    }
  }
}
