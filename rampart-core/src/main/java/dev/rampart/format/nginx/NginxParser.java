package dev.rampart.format.nginx;

import dev.rampart.check.Recognizer;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses an nginx configuration file and the files its {@code include}s name, from the scanned
 * tree.
 *
 * <p>An include is resolved as written relative to the including file and, as nginx itself does,
 * relative to the configuration's directory (that of {@code nginx.conf}; for a file of {@code
 * conf.d/}, {@code sites-*} or {@code snippets/}, the directory above). An absolute path under a
 * usual nginx prefix ({@code /etc/nginx/}, {@code /usr/local/nginx/conf/} ...) is read from the
 * configuration's directory, as a container that mounts it there would see it. Globs ({@code
 * conf.d/*.conf}) match files of the tree, and one that matches none is no problem (nginx agrees).
 * Every read stays inside the scanned root.
 *
 * <p>A cycle, a file outside the tree, a missing file or one that cannot be read is a problem of
 * the file whose {@code include} names it; the include is marked {@link Directive#unread unread} so
 * that rules do not judge what it may hold. The files nginx ships ({@code mime.types}, {@code
 * fastcgi_params} ...) may be absent without a problem. Syntax problems of an included file are
 * reported where the include is, unless the file is one the scan reads on its own, which reports
 * them itself.
 */
public final class NginxParser implements Parser<NginxConfig> {
  private static final int MAX_FILES = 256;
  private static final int MAX_DEPTH = 16;
  private static final List<String> PREFIXES =
      List.of(
          "/etc/nginx/",
          "/usr/local/nginx/conf/",
          "/usr/local/etc/nginx/",
          "/opt/homebrew/etc/nginx/",
          "/usr/local/openresty/nginx/conf/",
          "/etc/openresty/");
  private static final Set<String> SHIPPED =
      Set.of(
          "mime.types",
          "fastcgi_params",
          "fastcgi.conf",
          "scgi_params",
          "uwsgi_params",
          "proxy_params",
          "koi-utf",
          "koi-win",
          "win-utf",
          "fastcgi-php.conf",
          "snakeoil.conf");
  private static final Set<String> FRAGMENT_DIRS =
      Set.of("conf.d", "sites-enabled", "sites-available", "snippets", "http.d", "vhosts.d");

  private final Recognizer recognizer = new NginxRecognizer();

  @Override
  public Parsed<NginxConfig> parse(SourceText source) {
    return parse(source, SourceTree.NONE);
  }

  @Override
  public Parsed<NginxConfig> parse(SourceText source, SourceTree tree) {
    List<ParseProblem> problems = new ArrayList<>();
    Run run = new Run(tree, configDirectory(source.path()), problems);
    run.stack.push(source.path());
    List<Directive> top = run.expand(NginxSyntax.parse(source, problems), 0);
    return new Parsed<>(new NginxConfig(source, top, run.included), problems);
  }

  /** The directory nginx resolves relative includes against, as far as the path tells. */
  static String configDirectory(String path) {
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    String name = dir.substring(dir.lastIndexOf('/') + 1);
    if (!Recognizer.fileName(path).equals("nginx.conf") && FRAGMENT_DIRS.contains(name)) {
      return dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
    }
    return dir;
  }

  /** One parse: the includes being followed, and every file included. */
  private final class Run {
    final SourceTree tree;
    final String configDir;
    final List<ParseProblem> problems;
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> included = new LinkedHashSet<>();
    int files;

    Run(SourceTree tree, String configDir, List<ParseProblem> problems) {
      this.tree = tree;
      this.configDir = configDir;
      this.problems = problems;
    }

    /**
     * {@code directives} with their blocks' includes expanded, in place.
     *
     * @param rootLine the line of the parsed file's include that led here; 0 in the file itself
     */
    List<Directive> expand(List<Directive> directives, int rootLine) {
      List<Directive> out = new ArrayList<>();
      for (Directive d : directives) {
        out.add(d);
        if (d.hasBlock()) {
          List<Directive> children = expand(d.children(), rootLine);
          d.clearChildren();
          d.addChildren(children);
        } else if (d.name().equals("include")) {
          out.addAll(include(d, rootLine));
        }
      }
      return out;
    }

    private void problem(Directive include, int rootLine, String message) {
      if (rootLine == 0) {
        problems.add(new ParseProblem(include.at().line(), message));
      } else if (!readOnItsOwn(include.source())) {
        problems.add(
            new ParseProblem(
                rootLine,
                "in " + include.source().path() + ":" + include.at().line() + ": " + message));
      }
    }

    private boolean readOnItsOwn(SourceText file) {
      Recognizer.ByName byName = recognizer.byName(file.path());
      return byName == Recognizer.ByName.YES
          || (byName == Recognizer.ByName.MAYBE && recognizer.byContent(file.text()));
    }

    private List<Directive> include(Directive include, int rootLine) {
      Optional<String> written = include.arg(0);
      if (written.isEmpty() || written.get().isEmpty()) {
        problem(include, rootLine, "include names no file");
        return List.of();
      }
      String ref = written.get();
      if (ref.contains("$")) {
        include.markUnread("it names a variable");
        problem(include, rootLine, "include " + ref + ": nginx does not expand variables here");
        return List.of();
      }
      List<String> candidates = candidates(include.source().path(), ref);
      if (candidates.isEmpty()) {
        include.markUnread("outside the scanned tree");
        problem(
            include,
            rootLine,
            "include "
                + ref
                + ": outside the scanned tree, not read; the directives it holds are not checked");
        return List.of();
      }
      boolean glob = ref.indexOf('*') >= 0 || ref.indexOf('?') >= 0 || ref.indexOf('[') >= 0;
      List<String> paths = List.of();
      String refused = "";
      for (String candidate : candidates) {
        if (glob) {
          paths = tree.glob(candidate, MAX_FILES);
        } else {
          SourceTree.Read read = tree.read(candidate);
          if (read instanceof SourceTree.Refused r) {
            refused = r.reason();
          } else if (read instanceof SourceTree.Found) {
            paths = List.of(candidate);
          }
        }
        if (!paths.isEmpty()) {
          break;
        }
      }
      if (paths.isEmpty() && !glob) {
        if (!refused.isEmpty()) {
          include.markUnread(refused);
          problem(include, rootLine, "include " + ref + " not read: " + refused);
        } else if (!SHIPPED.contains(Recognizer.fileName(ref))) {
          include.markUnread("no such file in the scanned tree");
          problem(
              include,
              rootLine,
              "include "
                  + ref
                  + ": no such file in the scanned tree; the directives it holds are not checked");
        }
        return List.of();
      }
      List<Directive> out = new ArrayList<>();
      for (String path : paths) {
        out.addAll(read(include, path, rootLine == 0 ? include.at().line() : rootLine));
      }
      return out;
    }

    private List<Directive> read(Directive include, String path, int rootLine) {
      if (stack.contains(path)) {
        List<String> chain = new ArrayList<>(stack);
        java.util.Collections.reverse(chain);
        chain.add(path);
        include.markUnread("an include cycle");
        problems.add(
            new ParseProblem(
                rootLine,
                "include cycle: "
                    + String.join(" -> ", chain)
                    + "; nginx refuses it, and the cycle is not followed"));
        return List.of();
      }
      if (stack.size() > MAX_DEPTH || ++files > MAX_FILES) {
        include.markUnread("too many includes");
        problems.add(
            new ParseProblem(
                rootLine,
                "include "
                    + path
                    + " not read: more than "
                    + MAX_FILES
                    + " files or "
                    + MAX_DEPTH
                    + " levels of includes"));
        return List.of();
      }
      if (!(tree.read(path) instanceof SourceTree.Found found)) {
        include.markUnread("could not be read");
        return List.of();
      }
      SourceText text = found.text();
      included.add(path);
      List<ParseProblem> own = new ArrayList<>();
      List<Directive> directives = NginxSyntax.parse(text, own);
      if (!readOnItsOwn(text)) {
        for (ParseProblem p : own) {
          problems.add(
              new ParseProblem(rootLine, "in " + path + ":" + p.line() + ": " + p.message()));
        }
      }
      stack.push(path);
      try {
        return expand(directives, rootLine);
      } finally {
        stack.pop();
      }
    }

    /** Where {@code ref}, written in {@code from}, may be: in the order nginx would look. */
    private List<String> candidates(String from, String ref) {
      List<String> candidates = new ArrayList<>();
      String relative = ref;
      if (ref.startsWith("/")) {
        relative = null;
        for (String prefix : PREFIXES) {
          if (ref.startsWith(prefix)) {
            relative = ref.substring(prefix.length());
          }
        }
        if (relative == null) {
          return candidates;
        }
      } else {
        SourceTree.resolve(from, ref).ifPresent(candidates::add);
      }
      String base = configDir.isEmpty() ? "" : configDir + "/";
      SourceTree.resolve(base + "x", relative)
          .filter(path -> !candidates.contains(path))
          .ifPresent(candidates::add);
      return candidates;
    }
  }
}
