package dev.rampart.check;

/**
 * Decides whether a file belongs to a format, first by its name (cheap, before the file is read)
 * and then, when the name is not conclusive, by the start of its content.
 */
public interface Recognizer {

  /** What a file's name says about its format. */
  enum ByName {
    /** The name alone proves it, for example {@code Dockerfile}. */
    YES,
    /** The name allows it; the content decides. */
    MAYBE,
    /** Not this format: the file need not be read for it. */
    NO
  }

  /**
   * What the file's name alone says.
   *
   * @param relativePath path from the scanned root with {@code /} separators; for standard input,
   *     {@code -}
   */
  ByName byName(String relativePath);

  /** Decides a {@link ByName#MAYBE} (or a stream of unknown name) from its text. */
  boolean byContent(CharSequence text);

  /** The file name part of a relative path. */
  static String fileName(String relativePath) {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1);
  }
}
