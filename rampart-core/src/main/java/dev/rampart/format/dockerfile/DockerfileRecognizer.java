package dev.rampart.format.dockerfile;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises Dockerfiles and Containerfiles: by name ({@code Dockerfile}, {@code Dockerfile.prod},
 * {@code api.Dockerfile}, {@code Containerfile}) or, for files without an extension, by content
 * that starts like a build file.
 */
public final class DockerfileRecognizer implements Recognizer {
  // Files named Dockerfile.<ext> that are documentation or data about a Dockerfile, not one.
  private static final Set<String> NOT_DOCKERFILE_EXTENSIONS =
      Set.of(
          "md",
          "txt",
          "rst",
          "adoc",
          "html",
          "json",
          "yml",
          "yaml",
          "toml",
          "xml",
          "sh",
          "bash",
          "ps1",
          "py",
          "go",
          "js",
          "ts",
          "java",
          "rb",
          "rs",
          "lock",
          "orig",
          "rej",
          "bak",
          "swp",
          "dockerignore",
          "tpl",
          "tmpl",
          "j2",
          "jinja",
          "erb",
          "template");

  // The first instruction of a Dockerfile, after comments and blank lines: FROM, or ARG before
  // FROM.
  private static final Pattern FIRST_INSTRUCTION =
      Pattern.compile("\\A(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*[ \\t]*(?i:FROM|ARG)[ \\t]+\\S");

  private static final int SNIFF_CHARS = 4096;

  @Override
  public ByName byName(String relativePath) {
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    if (name.equals("dockerfile") || name.equals("containerfile")) {
      return ByName.YES;
    }
    if (name.endsWith(".dockerfile") || name.endsWith(".containerfile")) {
      return ByName.YES;
    }
    if (name.startsWith("dockerfile.")
        || name.startsWith("containerfile.")
        || name.startsWith("dockerfile-")
        || name.startsWith("dockerfile_")) {
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return NOT_DOCKERFILE_EXTENSIONS.contains(extension) ? ByName.NO : ByName.YES;
    }
    return name.indexOf('.') < 0 ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    return FIRST_INSTRUCTION.matcher(head).find();
  }
}
