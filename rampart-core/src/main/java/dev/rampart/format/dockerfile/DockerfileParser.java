package dev.rampart.format.dockerfile;

import dev.rampart.format.dockerfile.InstructionSplitter.Split;
import dev.rampart.format.dockerfile.PhysicalLines.Line;
import dev.rampart.format.shell.ShellScript;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Parses a Dockerfile the way BuildKit reads it: parser directives, comments, line continuations
 * with the file's escape character, flags, the JSON (exec) form and here-documents. Every node
 * keeps its position in the file. Bad input never throws: each problem becomes a {@link
 * ParseProblem} and the parser carries on with the next line.
 */
public final class DockerfileParser implements Parser<Dockerfile> {

  /** The instructions Docker knows. */
  public static final Set<String> KEYWORDS =
      Set.of(
          "ADD",
          "ARG",
          "CMD",
          "COPY",
          "ENTRYPOINT",
          "ENV",
          "EXPOSE",
          "FROM",
          "HEALTHCHECK",
          "LABEL",
          "MAINTAINER",
          "ONBUILD",
          "RUN",
          "SHELL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");

  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
  private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");
  private static final Set<String> EXEC_FORM_KEYWORDS =
      Set.of("CMD", "ENTRYPOINT", "RUN", "SHELL", "COPY", "ADD", "VOLUME");
  private static final int MAX_PROBLEMS = 100;

  @Override
  public Parsed<Dockerfile> parse(SourceText source) {
    Session session = new Session(source);
    try {
      return session.run();
    } catch (RuntimeException | StackOverflowError e) {
      return session.failed(e);
    }
  }

  /** The state of parsing one file. */
  private static final class Session {
    private final SourceText source;
    private final String text;
    private final PhysicalLines lines;
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Map<String, String> directives = new LinkedHashMap<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private char escape = '\\';
    private boolean directivesOpen = true;

    /** The last physical line of the instruction being read. */
    private int endLine;

    Session(SourceText source) {
      this.source = source;
      this.text = source.text();
      this.lines = new PhysicalLines(text);
    }

    Parsed<Dockerfile> run() {
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        problem(source.positionOf(nul).line(), "NUL character: the file looks binary");
      }
      while (lines.hasNext()) {
        Line line = lines.next();
        if (directivesOpen && directive(line)) {
          continue;
        }
        directivesOpen = false;
        int first = firstNonSpace(line);
        if (first == line.end()) {
          continue;
        }
        if (text.charAt(first) == '#') {
          comment(line, first);
        } else {
          guardedInstruction(line, first);
        }
      }
      StageAssembler.Result stages = StageAssembler.assemble(instructions, this::problem);
      Dockerfile dockerfile =
          new Dockerfile(instructions, stages.stages(), comments, directives, stages.globalArgs());
      return new Parsed<>(dockerfile, problems);
    }

    Parsed<Dockerfile> failed(Throwable e) {
      problem(0, "the Dockerfile parser failed unexpectedly: " + describe(e));
      Dockerfile empty = new Dockerfile(List.of(), List.of(), List.of(), Map.of(), List.of());
      return new Parsed<>(empty, problems);
    }

    private static String describe(Throwable e) {
      String message = e.getMessage() == null ? "" : ": " + Chars.printable(e.getMessage(), 200);
      return e.getClass().getSimpleName() + message;
    }

    private void problem(ParseProblem problem) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      } else if (problems.size() == MAX_PROBLEMS) {
        problems.add(
            new ParseProblem(
                0, "too many problems; only the first " + MAX_PROBLEMS + " are shown"));
      }
    }

    private void problem(int line, String message) {
      problem(new ParseProblem(line, message));
    }

    private int firstNonSpace(Line line) {
      int i = line.start();
      while (i < line.end() && Chars.isSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private Position positionOf(int offset) {
      return source.positionOf(Math.max(0, Math.min(offset, text.length())));
    }

    private Position position(MappedText mapped, int index) {
      return positionOf(mapped.sourceOffset(index));
    }

    private void comment(Line line, int hash) {
      comments.add(
          new Comment(text.substring(hash + 1, line.end()).strip(), source.positionOf(hash)));
    }

    // -------------------------------------------------------------------------------------------
    // Parser directives

    /**
     * Reads {@code # name=value} at the top of the file. Returns false, which ends the directives,
     * for any other line: Docker stops looking at the first line that is not a known directive.
     */
    private boolean directive(Line line) {
      int hash = firstNonSpace(line);
      if (hash == line.end() || text.charAt(hash) != '#') {
        return false;
      }
      int i = skipBlanks(hash + 1, line.end());
      int nameStart = i;
      while (i < line.end() && isAsciiLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
      i = skipBlanks(i, line.end());
      if (!DIRECTIVES.contains(name) || i == line.end() || text.charAt(i) != '=') {
        return false;
      }
      String value = text.substring(skipBlanks(i + 1, line.end()), line.end()).strip();
      if (value.isEmpty()) {
        return false;
      }
      comment(line, hash);
      if (directives.containsKey(name)) {
        problem(line.number(), "only one " + name + " parser directive can be used");
      } else {
        directives.put(name, value);
        if (name.equals("escape")) {
          setEscape(value, line.number());
        }
      }
      return true;
    }

    private void setEscape(String value, int line) {
      if (value.equals("\\") || value.equals("`")) {
        escape = value.charAt(0);
      } else {
        problem(line, "invalid escape token " + Chars.printable(value, 20) + " (use ` or \\)");
      }
    }

    private int skipBlanks(int from, int end) {
      int i = from;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // -------------------------------------------------------------------------------------------
    // Instructions

    private void guardedInstruction(Line line, int first) {
      try {
        instruction(line, first);
      } catch (RuntimeException e) {
        problem(line.number(), "could not parse this instruction: " + describe(e));
      }
    }

    private void instruction(Line line, int first) {
      MappedText joined = join(line, first);
      String lineText = joined.toString();
      IntFunction<Position> at = i -> position(joined, i);
      Split split = InstructionSplitter.split(lineText, 0, escape, at);
      if (!KEYWORDS.contains(split.keyword())) {
        problem(line.number(), "unknown instruction " + Chars.printable(split.keyword(), 40));
        return;
      }
      Optional<Split> trigger =
          split.keyword().equals("ONBUILD")
              ? trigger(split, lineText, at, line.number())
              : Optional.empty();
      Split effective = trigger.orElse(split);
      Optional<List<ExecForm.JsonString>> exec = execForm(effective);
      check(effective, exec, line.number());
      List<RunScripts.Body> heredocs = heredocs(effective, exec, at);
      Instruction instruction = build(effective, exec, heredocs, at);
      if (trigger.isPresent()) {
        instruction =
            new Instruction(
                split.keyword(),
                at.apply(split.keywordAt()),
                endLine,
                split.flags(),
                split.arguments(),
                Optional.empty(),
                List.of(),
                ShellScript.EMPTY,
                Optional.of(instruction));
      }
      instructions.add(instruction);
    }

    /**
     * Joins an instruction's continuation lines. As in Docker, comment lines and empty lines inside
     * a continuation are dropped, and the escape character at the end of a line (trailing blanks
     * allowed) joins it to the next with nothing in between.
     */
    private MappedText join(Line firstLine, int first) {
      MappedText joined = new MappedText(first);
      Line line = firstLine;
      int start = first;
      endLine = firstLine.number();
      while (true) {
        int cut = continuationAt(line, start);
        if (cut < 0) {
          joined.append(text, start, line.end());
          return joined;
        }
        joined.append(text, start, cut);
        line = nextContentLine();
        if (line == null) {
          return joined;
        }
        start = line.start();
        endLine = line.number();
      }
    }

    /** The offset of a continuation character ending the line, or -1. */
    private int continuationAt(Line line, int start) {
      int end = line.end();
      while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      return end > start && text.charAt(end - 1) == escape ? end - 1 : -1;
    }

    private Line nextContentLine() {
      while (lines.hasNext()) {
        Line line = lines.next();
        int first = firstNonSpace(line);
        if (first == line.end()) {
          continue;
        }
        if (text.charAt(first) == '#') {
          comment(line, first);
          continue;
        }
        return line;
      }
      return null;
    }

    /** The instruction {@code ONBUILD} defers, when it is one Docker accepts to parse. */
    private Optional<Split> trigger(
        Split onbuild, String lineText, IntFunction<Position> at, int line) {
      if (onbuild.arguments().isEmpty()) {
        return Optional.empty(); // reported by check()
      }
      Split trigger = InstructionSplitter.split(lineText, onbuild.argsStart(), escape, at);
      if (!KEYWORDS.contains(trigger.keyword())) {
        problem(
            line,
            "unknown instruction " + Chars.printable(trigger.keyword(), 40) + " after ONBUILD");
        return Optional.empty();
      }
      // ONBUILD ONBUILD, FROM or MAINTAINER parse fine; Docker rejects them later, and that is a
      // check's business. Only one level is read, so ONBUILD ONBUILD has no trigger of its own.
      return Optional.of(trigger);
    }

    private static Optional<List<ExecForm.JsonString>> execForm(Split split) {
      return EXEC_FORM_KEYWORDS.contains(split.keyword())
          ? ExecForm.parse(split.arguments())
          : Optional.empty();
    }

    /**
     * Reports instructions that Docker cannot even take apart: missing arguments and malformed
     * {@code FROM} or {@code HEALTHCHECK}. What Docker merely rejects later (a {@code SHELL} not in
     * JSON form, {@code ONBUILD FROM}) is left to checks.
     */
    private void check(Split split, Optional<List<ExecForm.JsonString>> exec, int line) {
      String keyword = split.keyword();
      String arguments = split.arguments();
      if (arguments.isEmpty()) {
        if (!keyword.equals("CMD") && !keyword.equals("ENTRYPOINT")) {
          problem(line, keyword + " requires at least one argument");
        }
        return;
      }
      switch (keyword) {
        case "FROM" -> checkFrom(arguments, line);
        case "COPY", "ADD" -> {
          int count = exec.map(List::size).orElseGet(() -> ShellWords.split(arguments).size());
          if (count < 2) {
            problem(line, keyword + " requires at least two arguments: sources and a destination");
          }
        }
        case "HEALTHCHECK" -> checkHealthcheck(arguments, line);
        default -> {}
      }
    }

    private void checkFrom(String arguments, int line) {
      List<String> words = Chars.words(arguments);
      boolean named = words.size() == 3 && words.get(1).equalsIgnoreCase("as");
      if (words.size() != 1 && !named) {
        problem(line, "FROM requires either one or three arguments (image [AS name])");
      }
    }

    private void checkHealthcheck(String arguments, int line) {
      String first = Chars.words(arguments).get(0);
      String type = first.toUpperCase(Locale.ROOT);
      boolean more = !Chars.afterFirstWord(arguments).isEmpty();
      if (type.equals("CMD") && !more) {
        problem(line, "missing command after HEALTHCHECK CMD");
      } else if (type.equals("NONE") && more) {
        problem(line, "HEALTHCHECK NONE takes no arguments");
      } else if (!type.equals("CMD") && !type.equals("NONE")) {
        problem(line, "unknown type " + Chars.printable(first, 40) + " in HEALTHCHECK");
      }
    }

    // -------------------------------------------------------------------------------------------
    // Here-documents

    private List<RunScripts.Body> heredocs(
        Split split, Optional<List<ExecForm.JsonString>> exec, IntFunction<Position> at) {
      if (!HEREDOC_KEYWORDS.contains(split.keyword()) || exec.isPresent()) {
        return List.of();
      }
      List<RunScripts.Body> bodies = new ArrayList<>();
      for (HeredocMarker marker : HeredocMarker.find(split.arguments())) {
        int markerLine = at.apply(split.argsStart() + marker.start()).line();
        bodies.add(readBody(marker, markerLine));
      }
      return bodies;
    }

    /** Reads the lines after the instruction up to the heredoc's delimiter. */
    private RunScripts.Body readBody(HeredocMarker marker, int markerLine) {
      String delimiter = marker.delimiter();
      MappedText body = new MappedText(text.length());
      Position bodyStart = null;
      boolean terminated = false;
      int bodyLines = 0;
      while (lines.hasNext()) {
        Line line = lines.next();
        endLine = line.number();
        if (bodyStart == null) {
          bodyStart = source.positionOf(line.start());
        }
        int from = line.start();
        while (marker.chompTabs() && from < line.end() && text.charAt(from) == '\t') {
          from++;
        }
        if (line.end() - from == delimiter.length()
            && text.regionMatches(from, delimiter, 0, delimiter.length())) {
          terminated = true;
          break;
        }
        if (bodyLines++ > 0) {
          body.appendSeparator('\n');
        }
        body.append(text, from, line.end());
      }
      if (!terminated) {
        problem(markerLine, "heredoc <<" + Chars.printable(delimiter, 40) + " is never terminated");
      }
      String content = body.toString();
      Heredoc heredoc =
          new Heredoc(
              delimiter,
              content,
              bodyStart == null ? positionOf(text.length()) : bodyStart,
              marker.chompTabs(),
              marker.quoted());
      return new RunScripts.Body(heredoc, content, i -> position(body, i));
    }

    private Instruction build(
        Split split,
        Optional<List<ExecForm.JsonString>> exec,
        List<RunScripts.Body> heredocs,
        IntFunction<Position> at) {
      ShellScript script = ShellScript.EMPTY;
      if (split.keyword().equals("RUN")) {
        IntFunction<Position> argumentAt = i -> at.apply(split.argsStart() + i);
        script = RunScripts.script(split.arguments(), argumentAt, exec, heredocs);
      }
      Optional<List<String>> execForm =
          split.keyword().equals("HEALTHCHECK")
              ? healthcheckExecForm(split.arguments())
              : exec.map(ExecForm::values);
      return new Instruction(
          split.keyword(),
          at.apply(split.keywordAt()),
          endLine,
          split.flags(),
          split.arguments(),
          execForm,
          heredocs.stream().map(RunScripts.Body::heredoc).toList(),
          script,
          Optional.empty());
    }

    /** {@code HEALTHCHECK CMD ["curl", "-f", "..."]}: the array after {@code CMD}. */
    private static Optional<List<String>> healthcheckExecForm(String arguments) {
      List<String> words = Chars.words(arguments);
      if (words.isEmpty() || !words.get(0).equalsIgnoreCase("CMD")) {
        return Optional.empty();
      }
      return ExecForm.parse(Chars.afterFirstWord(arguments)).map(ExecForm::values);
    }
  }
}
