package dev.rampart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectations written into a fixture and compares them with a scan, as Error Prone's
 * {@code CompilationTestHelper} does with its {@code // BUG:} comments.
 *
 * <p>A comment {@code # expect: RULE-ID[, RULE-ID...]} marks the findings a line must produce (or
 * {@code // expect:}, {@code -- expect:}, {@code ; expect:}, {@code <!-- expect:}, {@code /*
 * expect:}, in the fixture's own comment syntax). A marker after other text on a line applies to
 * that line; a marker on a line of its own applies to the next line that is neither blank nor a
 * comment (Dockerfiles allow comments only on lines of their own). {@code # expect-error} anywhere
 * in a fixture says the scan must report an error for it; otherwise it must report none.
 *
 * <p>A fixture that is a folder of files, scanned together, marks each file the same way; its
 * findings are compared by path as well as line.
 */
public final class Expectations {
  private static final Pattern MARKER =
      Pattern.compile(
          "(?:#|//|--|;|<!--|/\\*)\\s*expect:\\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?:\\s*,\\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)*)");
  private static final Pattern ERROR_MARKER = Pattern.compile("#\\s*expect-error\\b");

  private Expectations() {}

  /** One expected (or reported) finding: a rule at a line. */
  public record Expected(String ruleId, int line) implements Comparable<Expected> {
    @Override
    public int compareTo(Expected other) {
      int byLine = Integer.compare(line, other.line);
      return byLine != 0 ? byLine : ruleId.compareTo(other.ruleId);
    }

    @Override
    public String toString() {
      return ruleId + "@" + line;
    }
  }

  /** One expected (or reported) finding in a fixture of several files: a rule at a file's line. */
  public record Located(String path, String ruleId, int line) implements Comparable<Located> {
    private static final Comparator<Located> ORDER =
        Comparator.comparing(Located::path)
            .thenComparingInt(Located::line)
            .thenComparing(Located::ruleId);

    @Override
    public int compareTo(Located other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return ruleId + "@" + (path.isEmpty() ? "" : path + ":") + line;
    }
  }

  /** The expectations marked in {@code text}. */
  public static Set<Expected> markers(String text) {
    String[] lines = text.split("\r?\n", -1);
    Set<Expected> expected = new TreeSet<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      boolean ownLine = lines[i].substring(0, m.start()).isBlank();
      int target = ownLine ? nextContentLine(lines, i + 1) : i;
      for (String id : m.group(1).split("\\s*,\\s*", -1)) {
        expected.add(new Expected(id, target + 1));
      }
    }
    return expected;
  }

  public static boolean expectsError(String text) {
    return ERROR_MARKER.matcher(text).find();
  }

  private static int nextContentLine(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return i;
      }
    }
    throw new AssertionError(
        "an expect: marker on line " + from + " is followed by no line to mark");
  }

  /** The expectations marked in each of {@code texts}, the files by path. */
  public static Set<Located> markers(Map<String, String> texts) {
    Set<Located> expected = new TreeSet<>();
    texts.forEach(
        (path, text) ->
            markers(text).forEach(e -> expected.add(new Located(path, e.ruleId(), e.line()))));
    return expected;
  }

  /**
   * Asserts that the findings of {@code result} for the rules selected by {@code inScope} are
   * exactly the marked ones: nothing missing, nothing extra.
   */
  public static void assertMatches(
      String fixtureText, ScanResult result, Predicate<String> inScope) {
    // One file: findings are compared by line alone, whatever path the scan gives the file.
    assertMatches(Map.of("", fixtureText), result, inScope, finding -> "");
  }

  /**
   * Like {@link #assertMatches(String, ScanResult, Predicate)} for a fixture of several files
   * scanned as one tree: {@code texts} are its files by their path in the scan, and findings are
   * compared by path and line.
   */
  public static void assertMatches(
      Map<String, String> texts, ScanResult result, Predicate<String> inScope) {
    assertMatches(texts, result, inScope, Finding::path);
  }

  private static void assertMatches(
      Map<String, String> texts,
      ScanResult result,
      Predicate<String> inScope,
      Function<Finding, String> pathOf) {
    assertMatches(
        markers(texts),
        texts.values().stream().anyMatch(Expectations::expectsError),
        result,
        inScope,
        pathOf);
  }

  /**
   * Asserts that the findings of {@code result} for the rules selected by {@code inScope} are
   * exactly {@code expected}, by path and line, and that the scan reported errors exactly when
   * {@code expectsError}.
   */
  public static void assertMatches(
      Set<Located> expected, boolean expectsError, ScanResult result, Predicate<String> inScope) {
    assertMatches(expected, expectsError, result, inScope, Finding::path);
  }

  private static void assertMatches(
      Set<Located> expectations,
      boolean expectsError,
      ScanResult result,
      Predicate<String> inScope,
      Function<Finding, String> pathOf) {
    Set<Located> reported = new TreeSet<>();
    for (Finding finding : result.findings()) {
      if (inScope.test(finding.ruleId())) {
        reported.add(new Located(pathOf.apply(finding), finding.ruleId(), finding.line()));
      }
    }
    Set<Located> expected = new TreeSet<>();
    for (Located e : expectations) {
      if (inScope.test(e.ruleId())) {
        expected.add(e);
      }
    }
    assertThat(reported).as("findings reported (left) against expect: markers").isEqualTo(expected);
    if (expectsError) {
      assertThat(result.errors()).as("errors (the fixture is marked expect-error)").isNotEmpty();
    } else {
      assertThat(result.errors()).as("errors").isEmpty();
    }
  }
}
