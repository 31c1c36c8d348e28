package dev.rampart.parse;

import dev.rampart.model.Position;
import java.util.Arrays;

/**
 * The decoded text of one file with an index of line starts, so that any offset maps to a 1-based
 * line and column. Read once per file and shared by the parser and the fingerprinting of findings.
 */
public final class SourceText {
  private final String path;
  private final String text;
  // Built on first use: most files are only searched for secret keywords and never need it.
  private int[] lineStarts;

  public SourceText(String path, String text) {
    this.path = path;
    this.text = text;
  }

  // Rules of one file run on one thread, so building the index twice is the worst case, and
  // harmless: it is the same array.
  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = indexLines(text);
      lineStarts = starts;
    }
    return starts;
  }

  private static int[] indexLines(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Path relative to the scanned root, with {@code /} separators. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts().length;
  }

  /** The 1-based position of a character offset. */
  public Position positionOf(int offset) {
    int[] lineStarts = lineStarts();
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new Position(line + 1, offset - lineStarts[line] + 1);
  }

  /** The text of a 1-based line, without its line terminator; empty when out of range. */
  public String line(int line) {
    int[] lineStarts = lineStarts();
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }
}
