package dev.rampart.format.dockerfile;

import java.util.Arrays;

/**
 * Text assembled from pieces of a source file (continuation lines, heredoc body lines) that
 * remembers where each piece came from, so that an offset in the assembled text maps back to an
 * offset in the file. One entry per piece keeps the map small even for huge instructions.
 */
final class MappedText {
  private final StringBuilder text = new StringBuilder();
  private final int emptySource;
  private int[] textStarts = new int[4];
  private int[] sourceStarts = new int[4];
  private int pieces;

  /**
   * @param emptySource the file offset that offsets map to while nothing has been appended
   */
  MappedText(int emptySource) {
    this.emptySource = emptySource;
  }

  /** Appends {@code source[from, to)}. */
  void append(String source, int from, int to) {
    if (pieces == textStarts.length) {
      textStarts = Arrays.copyOf(textStarts, pieces * 2);
      sourceStarts = Arrays.copyOf(sourceStarts, pieces * 2);
    }
    textStarts[pieces] = text.length();
    sourceStarts[pieces] = from;
    pieces++;
    text.append(source, from, to);
  }

  /** Appends a character that is not in the file, such as the line break joining heredoc lines. */
  void appendSeparator(char c) {
    text.append(c);
  }

  int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** The file offset of the character at {@code index}; past a piece's end, counts on from it. */
  int sourceOffset(int index) {
    int lo = 0;
    int hi = pieces - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (textStarts[mid] <= index) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? emptySource : sourceStarts[found] + (index - textStarts[found]);
  }
}
