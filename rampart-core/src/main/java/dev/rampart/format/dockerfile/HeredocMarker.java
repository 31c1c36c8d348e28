package dev.rampart.format.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A here-document opener in an instruction line: {@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"},
 * {@code 3<<EOF}. As in BuildKit, an opener is a whole word matching {@code [0-9]*<<-?WORD}.
 *
 * @param delimiter the closing word, quotes removed
 * @param start offset of the opener in the argument text
 */
record HeredocMarker(String delimiter, boolean chompTabs, boolean quoted, int start) {

  static List<HeredocMarker> find(String arguments) {
    List<HeredocMarker> markers = new ArrayList<>();
    if (!arguments.contains("<<")) {
      return markers;
    }
    for (ShellWords.RawWord word : ShellWords.split(arguments)) {
      HeredocMarker marker = of(word);
      if (marker != null) {
        markers.add(marker);
      }
    }
    return markers;
  }

  /** True when every word of {@code arguments} opens a here-document. */
  static boolean onlyMarkers(String arguments) {
    List<ShellWords.RawWord> words = ShellWords.split(arguments);
    return !words.isEmpty() && words.stream().allMatch(w -> of(w) != null);
  }

  private static HeredocMarker of(ShellWords.RawWord word) {
    String raw = word.raw();
    int i = 0;
    while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      i++;
    }
    if (!raw.startsWith("<<", i)) {
      return null;
    }
    i += 2;
    boolean chomp = i < raw.length() && raw.charAt(i) == '-';
    String rest = raw.substring(chomp ? i + 1 : i);
    if (rest.isEmpty() || rest.indexOf('<') >= 0) {
      return null;
    }
    String delimiter = ShellWords.unquote(rest);
    boolean quoted = quoteCount(delimiter) != quoteCount(rest);
    return delimiter.isEmpty() ? null : new HeredocMarker(delimiter, chomp, quoted, word.start());
  }

  private static long quoteCount(String s) {
    return s.chars().filter(c -> c == '\'' || c == '"').count();
  }
}
