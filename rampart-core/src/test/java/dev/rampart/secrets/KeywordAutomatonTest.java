package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

/** Our dense automaton must find exactly what the org.ahocorasick library finds. */
class KeywordAutomatonTest {

  private static List<String> ours(List<String> keywords, String text) {
    KeywordAutomaton<String> automaton = KeywordAutomaton.of(keywords, keywords);
    List<String> hits = new ArrayList<>();
    automaton.scan(text, (start, end, keyword) -> hits.add(start + ":" + end + ":" + keyword));
    return hits;
  }

  private static List<String> oracle(List<String> keywords, String text) {
    Trie trie = Trie.builder().ignoreCase().addKeywords(keywords).build();
    List<String> hits = new ArrayList<>();
    for (Emit emit : trie.parseText(text)) {
      hits.add(emit.getStart() + ":" + (emit.getEnd() + 1) + ":" + emit.getKeyword());
    }
    return hits;
  }

  @Test
  void findsOverlappingAndNestedKeywordsInAnyCase() {
    List<String> keywords = List.of("he", "she", "his", "hers", "ghp_");
    assertThat(ours(keywords, "uSHErs GHP_x ghp"))
        .containsExactlyInAnyOrder("1:4:she", "2:4:he", "2:6:hers", "7:11:ghp_");
  }

  @Test
  void nonAsciiTextNeverMatchesButDoesNotBreakMatching() {
    assertThat(ours(List.of("token"), "tökén token ✓token"))
        .containsExactly("6:11:token", "13:18:token");
  }

  @Property(tries = 300)
  void agreesWithTheLibrary(
      @ForAll("keywords") List<String> keywords, @ForAll("texts") String text) {
    List<String> distinct = keywords.stream().distinct().toList();
    assertThat(ours(distinct, text)).containsExactlyInAnyOrderElementsOf(oracle(distinct, text));
  }

  @Provide
  Arbitrary<List<String>> keywords() {
    return Arbitraries.strings()
        .withChars("abAB_-")
        .ofMinLength(1)
        .ofMaxLength(4)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abAB_-é\n ").ofMaxLength(60);
  }
}
