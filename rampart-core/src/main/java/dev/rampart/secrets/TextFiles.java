package dev.rampart.secrets;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.Set;

/**
 * Every text file, as the secret detector reads them. Files whose extension says they are media or
 * archives are not even opened; the rest are read and skipped as binary when they are.
 */
public final class TextFiles implements Recognizer {
  private static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "png",
          "jpg",
          "jpeg",
          "gif",
          "bmp",
          "ico",
          "webp",
          "tif",
          "tiff",
          "psd",
          "mp3",
          "mp4",
          "m4a",
          "mov",
          "avi",
          "mkv",
          "webm",
          "wav",
          "flac",
          "ogg",
          "ttf",
          "otf",
          "woff",
          "woff2",
          "eot",
          "zip",
          "gz",
          "tgz",
          "bz2",
          "xz",
          "zst",
          "7z",
          "rar",
          "jar",
          "war",
          "ear",
          "class",
          "so",
          "dll",
          "dylib",
          "exe",
          "o",
          "a",
          "lib",
          "pyc",
          "pyo",
          "wasm",
          "bin",
          "dat",
          "db",
          "sqlite",
          "pdf",
          "doc",
          "docx",
          "xls",
          "xlsx",
          "ppt",
          "pptx",
          "iso",
          "dmg",
          "img",
          "p12",
          "pfx",
          "jks",
          "keystore");

  @Override
  public ByName byName(String relativePath) {
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && BINARY_EXTENSIONS.contains(name.substring(dot + 1))
        ? ByName.NO
        : ByName.MAYBE;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return true;
  }
}
