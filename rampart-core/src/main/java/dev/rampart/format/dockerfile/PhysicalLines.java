package dev.rampart.format.dockerfile;

/** A cursor over the lines of a text; {@code \n} and {@code \r\n} both end a line. */
final class PhysicalLines {

  /**
   * One line.
   *
   * @param number 1-based
   * @param start offset of its first character
   * @param end offset after its last character, line break excluded
   */
  record Line(int number, int start, int end) {}

  private final String text;
  private int next;
  private int number;

  PhysicalLines(String text) {
    this.text = text;
    // Docker ignores a byte-order mark at the start of the file.
    this.next = text.startsWith("\uFEFF") ? 1 : 0;
  }

  boolean hasNext() {
    return next < text.length();
  }

  Line next() {
    int start = next;
    int nl = text.indexOf('\n', start);
    int end = nl < 0 ? text.length() : nl;
    next = nl < 0 ? text.length() : nl + 1;
    int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    return new Line(++number, start, contentEnd);
  }

  /** The number of the last line returned; 0 before the first. */
  int lastNumber() {
    return number;
  }
}
