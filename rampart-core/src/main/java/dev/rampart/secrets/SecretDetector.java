package dev.rampart.secrets;

import com.google.re2j.Matcher;
import dev.rampart.check.Findings;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds secrets in text in time linear in its length, whatever the rules.
 *
 * <ol>
 *   <li>One Aho-Corasick pass finds every keyword of every pattern.
 *   <li>Around each hit, the hit's pattern runs its re2j expression (linear time, no backtracking).
 *       Windows of the same pattern that overlap are merged, so no character is read twice by one
 *       pattern.
 *   <li>Entropy, placeholders and the pattern's own test reject what is not a secret.
 *   <li>Where patterns overlap on one value, the most specific (registered first) wins.
 * </ol>
 *
 * It is immutable and safe to share between threads.
 */
public final class SecretDetector {
  private static final String ALLOW_MARKER = "rampart:allow";
  // How far along a line an allow comment is looked for, either side of the secret.
  private static final int LINE_LIMIT = 4096;
  private static final java.util.regex.Pattern CLOSING_COMMENT =
      java.util.regex.Pattern.compile("\\s*(?:-->|\\*/|%>|#})\\s*$");

  /** A pattern with the rule that owns it; the index is its priority (lower is more specific). */
  private record Entry(int index, SecretRule rule, SecretPattern pattern) {}

  private final List<Entry> entries;
  private final KeywordAutomaton<List<Entry>> keywords;

  private SecretDetector(List<Entry> entries, KeywordAutomaton<List<Entry>> keywords) {
    this.entries = entries;
    this.keywords = keywords;
  }

  /** A detector for {@code rules}, most specific first (generic rules last). */
  public static SecretDetector of(List<? extends SecretRule> rules) {
    List<Entry> entries = new ArrayList<>();
    Map<String, List<Entry>> byKeyword = new LinkedHashMap<>();
    for (SecretRule rule : rules) {
      for (SecretPattern pattern : rule.patterns()) {
        Entry entry = new Entry(entries.size(), rule, pattern);
        entries.add(entry);
        for (String keyword : pattern.keywords()) {
          byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(entry);
        }
      }
    }
    List<List<Entry>> payloads = byKeyword.values().stream().map(List::copyOf).toList();
    return new SecretDetector(
        List.copyOf(entries), KeywordAutomaton.of(List.copyOf(byKeyword.keySet()), payloads));
  }

  /** Every secret in {@code source}, in file order. */
  public SecretScan scan(SourceText source) {
    List<Found> found = find(source.text(), source.path());
    List<SecretMatch> matches = new ArrayList<>(found.size());
    for (Found f : found) {
      matches.add(
          new SecretMatch(
              f.entry.rule(),
              f.entry.pattern().kind(),
              source.positionOf(f.start),
              Redaction.redact(f.value),
              identity(f.value),
              allowReason(source.text(), f.start)));
    }
    return new SecretScan(matches);
  }

  /** A secret found in a standalone value, such as an ENV or compose environment value. */
  public record Verdict(String kind, String redacted, String identity) {}

  /** The most specific secret in {@code value}, if it holds one. */
  public Optional<Verdict> inspect(String value) {
    return find(value, "").stream()
        .findFirst()
        .map(
            f ->
                new Verdict(
                    f.entry.pattern().kind(), Redaction.redact(f.value), identity(f.value)));
  }

  /** The raw values found, for tests that prove no value reaches any output. */
  List<String> valuesIn(String text) {
    return find(text, "").stream().map(f -> f.value).toList();
  }

  /** A match before it is turned into a {@link SecretMatch}: the value lives only in here. */
  private record Found(Entry entry, int start, int end, String value) {}

  /** The window of text one pattern still has to read, and where it stands. */
  private static final class Window {
    int from;
    int to;

    Window(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  // An empty path is a standalone value, which every pattern reads.
  private List<Found> find(String text, String path) {
    // Per pattern, by its index: whether it reads this file (0 unknown, 1 yes, -1 no), its open
    // window, and where its last anchored attempt started.
    byte[] readsThisFile = new byte[entries.size()];
    Window[] open = new Window[entries.size()];
    int[] lastAnchor = new int[entries.size()];
    Arrays.fill(lastAnchor, -1);
    List<Found> found = new ArrayList<>();
    keywords.scan(
        text,
        (hitStart, hitEnd, hitEntries) -> {
          for (Entry entry : hitEntries) {
            int index = entry.index();
            if (!path.isEmpty()) {
              if (readsThisFile[index] == 0) {
                readsThisFile[index] = (byte) (entry.pattern().inPath().test(path) ? 1 : -1);
              }
              if (readsThisFile[index] < 0) {
                continue;
              }
            }
            if (entry.pattern().anchoredAtWord()) {
              int start = wordStart(text, hitStart, entry.pattern());
              if (start != lastAnchor[index]) {
                lastAnchor[index] = start;
                matchAt(text, entry, start, windowEnd(text, hitEnd, entry.pattern()), found);
              }
              continue;
            }
            int from = windowStart(text, hitStart, entry.pattern());
            int to = windowEnd(text, hitEnd, entry.pattern());
            Window window = open[index];
            if (window != null && from <= window.to) {
              window.from = Math.min(window.from, from);
              window.to = Math.max(window.to, to);
            } else {
              if (window != null) {
                match(text, entry, window, found);
              }
              open[index] = new Window(from, to);
            }
          }
        });
    for (int i = 0; i < open.length; i++) {
      if (open[i] != null) {
        match(text, entries.get(i), open[i], found);
      }
    }
    return mostSpecific(found);
  }

  // The start of the identifier (word characters, dots, dashes) the keyword hit is part of.
  private static int wordStart(String text, int hit, SecretPattern pattern) {
    int limit = Math.max(0, hit - pattern.reach());
    int start = hit;
    while (start > limit && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  // Windows stop at the hit's line for single-line patterns; the search for the line's ends is
  // bounded by the reach too, or one 50 MB minified line would make every hit cost 50 MB.
  private static int windowStart(String text, int hit, SecretPattern pattern) {
    int from = Math.max(0, hit - pattern.reach());
    if (!pattern.acrossLines()) {
      for (int i = hit - 1; i >= from; i--) {
        if (text.charAt(i) == '\n') {
          return i + 1;
        }
      }
    }
    return from;
  }

  private static int windowEnd(String text, int hitEnd, SecretPattern pattern) {
    int to = Math.min(text.length(), hitEnd + pattern.reach());
    if (!pattern.acrossLines()) {
      for (int i = hitEnd; i < to; i++) {
        if (text.charAt(i) == '\n') {
          return i;
        }
      }
    }
    return to;
  }

  private static void match(String text, Entry entry, Window window, List<Found> found) {
    Matcher m = entry.pattern().regex().matcher(text.substring(window.from, window.to));
    while (m.find()) {
      consider(m, window.from, entry, found);
    }
  }

  // An anchored attempt, for patterns that start at the name holding their keyword: the regex
  // runs once from there, so no thread of the automaton starts at every character of the line.
  private static void matchAt(String text, Entry entry, int start, int end, List<Found> found) {
    if (start >= end) {
      return;
    }
    Matcher m = entry.pattern().regex().matcher(text.substring(start, end));
    if (m.lookingAt()) {
      consider(m, start, entry, found);
    }
  }

  private static void consider(Matcher m, int offset, Entry entry, List<Found> found) {
    SecretPattern pattern = entry.pattern();
    Integer named = pattern.regex().namedGroups().get("secret");
    int group = named != null ? named : (m.groupCount() >= 1 ? 1 : 0);
    String value = m.group(group);
    if (value == null || !containsKeyword(m.group(), pattern)) {
      return;
    }
    if (pattern.minEntropy() > 0 && Entropy.of(value) < pattern.minEntropy()) {
      return;
    }
    if (Placeholders.isPlaceholder(value) || !pattern.accept().test(value)) {
      return;
    }
    Integer nameGroup = pattern.regex().namedGroups().get("name");
    String name = nameGroup == null ? null : m.group(nameGroup);
    if (!pattern.acceptNamed().test(name == null ? "" : name, value)) {
      return;
    }
    int start = offset + m.start(group);
    found.add(new Found(entry, start, start + value.length(), value));
  }

  // A match must contain one of the keywords that found it; otherwise it belongs to no hit.
  private static boolean containsKeyword(String match, SecretPattern pattern) {
    String lower = match.toLowerCase(Locale.ROOT);
    for (String keyword : pattern.keywords()) {
      if (lower.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  // Where two patterns found overlapping values, keep the more specific one. Kept values never
  // overlap, so the one starting just before a candidate is the only one that can reach into it.
  private static List<Found> mostSpecific(List<Found> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Found> byPriority = new ArrayList<>(found);
    byPriority.sort(
        Comparator.comparingInt((Found f) -> f.entry.index()).thenComparingInt(Found::start));
    TreeMap<Integer, Found> kept = new TreeMap<>();
    for (Found candidate : byPriority) {
      Map.Entry<Integer, Found> before = kept.floorEntry(candidate.start);
      Map.Entry<Integer, Found> after = kept.ceilingEntry(candidate.start);
      boolean overlaps =
          (before != null && before.getValue().end > candidate.start)
              || (after != null && after.getKey() < candidate.end);
      if (!overlaps) {
        kept.put(candidate.start, candidate);
      }
    }
    return List.copyOf(kept.values());
  }

  // "# rampart:allow test fixture" on the secret's line, in any comment syntax: the words after
  // the marker are the reason, without a closing "-->" or "*/".
  private static Optional<String> allowReason(String text, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && offset - lineStart < LINE_LIMIT) {
      lineStart--;
    }
    int lineEnd = offset;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\n'
        && lineEnd - offset < LINE_LIMIT) {
      lineEnd++;
    }
    String line = text.substring(lineStart, lineEnd);
    int marker = line.indexOf(ALLOW_MARKER);
    if (marker < 0) {
      return Optional.empty();
    }
    String reason =
        CLOSING_COMMENT
            .matcher(line.substring(marker + ALLOW_MARKER.length()))
            .replaceAll("")
            .replaceFirst("^[\\s:-]+", "")
            .strip();
    return Optional.of(reason.isEmpty() ? "allowed inline, no reason given" : reason);
  }

  /** A hash of a secret's value: stable, and useless for recovering it. */
  static String identity(String value) {
    return Findings.sha256(value);
  }

  /** How many patterns the detector runs. */
  public int patternCount() {
    return entries.size();
  }
}
