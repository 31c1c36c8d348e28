package dev.rampart.cli;

import dev.rampart.model.RuleInfo;
import dev.rampart.report.ProfileCatalogRenderer;
import dev.rampart.report.ProfileCatalogRenderer.Entry;
import dev.rampart.report.ProfileCatalogRenderer.Recommendation;
import dev.rampart.settle.CisDocker;
import dev.rampart.settle.ExitCode;
import dev.rampart.settle.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rampart profiles}: the named rule selections {@code --profile} accepts. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description =
        "Lists the profiles (--profile NAME of scan and rules): what each selects and how many"
            + " rules.")
final class ProfilesCommand implements Callable<Integer> {

  enum Format {
    text,
    json
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

  PrintStream stdout = System.out;

  private static List<Recommendation> recommendations(List<RuleInfo> rules) {
    return CisDocker.covered(rules).stream()
        .map(
            covered ->
                new Recommendation(
                    covered.number(),
                    covered.title(),
                    rules.stream()
                        .filter(rule -> CisDocker.numbers(rule).contains(covered.number()))
                        .map(RuleInfo::id)
                        .sorted()
                        .toList()))
        .toList();
  }

  @Override
  public Integer call() throws IOException {
    List<RuleInfo> catalog = RulesCommand.catalog();
    List<Entry> profiles =
        Profile.all().stream()
            .map(
                profile -> {
                  List<RuleInfo> rules = catalog.stream().filter(profile.selects()).toList();
                  boolean cis = profile.equals(Profile.CIS_DOCKER);
                  return new Entry(
                      profile.name(),
                      profile.description(),
                      rules,
                      cis ? "CIS Docker Benchmark v" + CisDocker.VERSION : "",
                      cis ? recommendations(rules) : List.of());
                })
            .toList();
    Output.write(
        output,
        stdout,
        out -> {
          switch (format) {
            case json -> ProfileCatalogRenderer.json(profiles, out);
            case text -> ProfileCatalogRenderer.text(profiles, out);
          }
        });
    return ExitCode.CLEAN;
  }
}
