package dev.rampart.format.requirements;

import dev.rampart.check.Recognizer;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files ({@code requirements.txt}, {@code requirements-dev.txt}, {@code
 * requirements/base.txt}) as pip does: a line ending in {@code \} continues on the next, {@code #}
 * at the start or after white space starts a comment, options ({@code -r}, {@code -c}, {@code -e},
 * {@code --index-url} ...) stand on lines of their own or, for {@code --hash}, after a requirement,
 * and a requirement is a PEP 508 name with extras, version clauses and markers, a {@code name @
 * url}, or a bare URL or path. A line that is none of these is a parse problem.
 */
public final class RequirementsParser implements Recognizer, Parser<Requirements> {
  private static final Pattern FILE_NAME =
      Pattern.compile("(?:.*/)?(?:[^/]*requirements[^/]*|requirements/[^/]+)\\.txt");

  private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");

  private static final Pattern NAME =
      Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(\\[[^\\]]*\\])?\\s*");

  private static final Pattern CLAUSE =
      Pattern.compile("\\s*(===|==|~=|!=|<=|>=|<|>)\\s*([A-Za-z0-9.*+!_-]+)\\s*");

  private static final Pattern URL_START =
      Pattern.compile("(?:[a-z][a-z0-9+.-]*://|git\\+|hg\\+|svn\\+|bzr\\+).*");

  // Options that pip allows on a line of their own; -r, -c and -e are handled apart.
  private static final Set<String> FILE_OPTIONS =
      Set.of(
          "-i",
          "--index-url",
          "--extra-index-url",
          "--no-index",
          "-f",
          "--find-links",
          "--no-binary",
          "--only-binary",
          "--prefer-binary",
          "--require-hashes",
          "--pre",
          "--trusted-host",
          "--use-feature",
          "--config-settings",
          "--global-option",
          "-Z",
          "--always-unzip");

  // What a problem may name of an option; anything else on the line may be a credential.
  private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][A-Za-z-]{0,40}");

  // Options a requirement may carry after it: --hash=sha256:..., --config-settings, ...
  private static final Pattern REQUIREMENT_OPTION = Pattern.compile("(?:^|\\s)--[a-z-]+");

  @Override
  public ByName byName(String relativePath) {
    return FILE_NAME.matcher(relativePath.toLowerCase(Locale.ROOT)).matches()
        ? ByName.YES
        : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return false;
  }

  @Override
  public Parsed<Requirements> parse(SourceText source) {
    List<Requirement> requirements = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    boolean constrained = false;
    String text = source.text();
    int offset = 0;
    while (offset < text.length()) {
      // One logical line: physical lines joined where one ends in a backslash.
      int start = offset;
      StringBuilder logical = new StringBuilder();
      while (true) {
        int end = text.indexOf('\n', offset);
        String physical = text.substring(offset, end < 0 ? text.length() : end);
        offset = end < 0 ? text.length() : end + 1;
        physical =
            physical.endsWith("\r") ? physical.substring(0, physical.length() - 1) : physical;
        boolean continued = physical.endsWith("\\");
        logical.append(physical, 0, physical.length() - (continued ? 1 : 0));
        if (!continued || offset >= text.length()) {
          break; // a backslash on the last line continues into nothing
        }
      }
      String line = COMMENT.matcher(logical).replaceFirst("");
      int indent = line.length() - line.stripLeading().length();
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      Position at = source.positionOf(start + indent);
      if (line.startsWith("-")) {
        String option = line.split("[\\s=]", 2)[0];
        String value = line.substring(option.length()).replaceFirst("^[\\s=]+", "");
        switch (option) {
          case "-r", "--requirement" -> {}
          case "-c", "--constraint" -> constrained = true;
          case "-e", "--editable" ->
              requirement(value, position(source, start, indent, line, value), problems)
                  .ifPresent(requirements::add);
          default -> {
            if (!FILE_OPTIONS.contains(option)) {
              problems.add(
                  new ParseProblem(
                      at.line(),
                      "unknown option "
                          + (OPTION_NAME.matcher(option).matches() ? option : "(unnamed)")
                          + " in a requirements file"));
            }
          }
        }
        continue;
      }
      requirement(line, at, problems).ifPresent(requirements::add);
    }
    return new Parsed<>(new Requirements(requirements, constrained), problems);
  }

  // Where the value of an option starts, for an editable requirement's position.
  private static Position position(
      SourceText source, int start, int indent, String line, String value) {
    int inLine = line.indexOf(value);
    return source.positionOf(start + indent + Math.max(0, inLine));
  }

  private static Optional<Requirement> requirement(
      String line, Position at, List<ParseProblem> problems) {
    Matcher option = REQUIREMENT_OPTION.matcher(line);
    boolean hashed = false;
    String spec = line;
    if (option.find()) {
      spec = line.substring(0, option.start()).strip();
      hashed = line.substring(option.start()).contains("--hash");
    }
    if (spec.isEmpty()) {
      problems.add(new ParseProblem(at.line(), "a requirement's options with no requirement"));
      return Optional.empty();
    }
    if (isLocalPath(spec)) {
      return Optional.of(
          new Requirement(at, Optional.empty(), List.of(), Optional.of(spec), true, hashed));
    }
    if (URL_START.matcher(spec).matches()) {
      String url = spec.split("\\s+;|;\\s|\\s", 2)[0];
      return Optional.of(
          new Requirement(
              at, Optional.empty(), List.of(), Optional.of(url), url.startsWith("file:"), hashed));
    }
    Matcher name = NAME.matcher(spec);
    if (!name.lookingAt()) {
      problems.add(
          new ParseProblem(at.line(), "not a requirement: it starts with no project name"));
      return Optional.empty();
    }
    String rest = spec.substring(name.end());
    if (rest.startsWith("@")) {
      String url = rest.substring(1).strip().split("\\s+;|;\\s|\\s", 2)[0];
      if (url.isEmpty()) {
        problems.add(new ParseProblem(at.line(), "a requirement with `@` and no URL after it"));
        return Optional.empty();
      }
      return Optional.of(
          new Requirement(
              at,
              Optional.of(name.group(1)),
              List.of(),
              Optional.of(url),
              url.startsWith("file:"),
              hashed));
    }
    int marker = rest.indexOf(';');
    String clauses = (marker < 0 ? rest : rest.substring(0, marker)).strip();
    if (clauses.startsWith("(") && clauses.endsWith(")")) {
      clauses = clauses.substring(1, clauses.length() - 1); // the legacy `name (>=1.0)`
    }
    List<Requirement.Specifier> specifiers = new ArrayList<>();
    if (!clauses.isBlank()) {
      for (String clause : clauses.split(",", -1)) {
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches()) {
          problems.add(
              new ParseProblem(
                  at.line(),
                  "a version clause of "
                      + name.group(1)
                      + " is not one pip reads (such as ==1.2 or >=1.2)"));
          return Optional.empty();
        }
        specifiers.add(new Requirement.Specifier(m.group(1), m.group(2)));
      }
    }
    return Optional.of(
        new Requirement(
            at, Optional.of(name.group(1)), specifiers, Optional.empty(), false, hashed));
  }

  private static boolean isLocalPath(String spec) {
    String first = spec.split("[\\s;]", 2)[0];
    return first.startsWith(".")
        || first.startsWith("/")
        || first.startsWith("~")
        || first.matches("[A-Za-z]:\\\\.*")
        || (first.contains("/") && !first.contains("://") && !first.contains("@"));
  }
}
