package dev.rampart.check;

import dev.rampart.check.Recognizer.ByName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The analyzers a file's name calls for: those the name proves and those whose content must decide.
 * The working tree, standard input and git history all choose analyzers this way.
 *
 * @param named the analyzers whose format the name proves
 * @param maybe the analyzers whose format the content decides
 */
public record Candidates(List<Analyzer<?>> named, List<Analyzer<?>> maybe) {

  public Candidates {
    named = List.copyOf(named);
    maybe = List.copyOf(maybe);
  }

  /** What {@code relativePath} says about each of {@code analyzers}. */
  public static Candidates byName(List<Analyzer<?>> analyzers, String relativePath) {
    List<Analyzer<?>> named = new ArrayList<>();
    List<Analyzer<?>> maybe = new ArrayList<>();
    for (Analyzer<?> analyzer : analyzers) {
      ByName verdict = analyzer.recognizer().byName(relativePath);
      if (verdict == ByName.YES) {
        named.add(analyzer);
      } else if (verdict == ByName.MAYBE) {
        maybe.add(analyzer);
      }
    }
    return new Candidates(named, maybe);
  }

  /** True when no format wants the file: it need not be read. */
  public boolean none() {
    return named.isEmpty() && maybe.isEmpty();
  }

  /** The analyzers that read {@code text}: every named one, and each one its content convinces. */
  public List<Analyzer<?>> forText(CharSequence text) {
    List<Analyzer<?>> chosen = new ArrayList<>(named);
    for (Analyzer<?> analyzer : maybe) {
      if (analyzer.recognizer().byContent(text)) {
        chosen.add(analyzer);
      }
    }
    return chosen;
  }

  /** The named formats, for messages: {@code dockerfile, kubernetes}. */
  public String namedFormats() {
    return named.stream().map(Analyzer::format).distinct().collect(Collectors.joining(", "));
  }
}
