package dev.rampart.rules.nginx;

import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.nginx.Directive;
import dev.rampart.format.nginx.NginxConfig;
import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The configurations the nginx rules judge: each file of the scan that no other file includes, with
 * what it includes. A fragment of {@code conf.d/} included by an {@code nginx.conf} of the scan is
 * judged only there, with the {@code http} settings it inherits; one that nothing includes is
 * judged on its own. Files that include each other in a cycle are judged from the first by path.
 */
final class Configs {
  private Configs() {}

  /** Runs {@code check} over each configuration to judge, reporting through one sink. */
  static void each(
      ParsedFiles<NginxConfig> files, Findings out, BiConsumer<NginxConfig, Report> check) {
    Report report = new Report(out);
    for (NginxConfig config : roots(files)) {
      check.accept(config, report);
    }
  }

  static List<NginxConfig> roots(ParsedFiles<NginxConfig> files) {
    Set<String> includedByOther = new HashSet<>();
    for (ParsedFile<NginxConfig> file : files.files()) {
      for (String path : file.model().included()) {
        if (!path.equals(file.source().path())) {
          includedByOther.add(path);
        }
      }
    }
    List<NginxConfig> roots = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (ParsedFile<NginxConfig> file : files.files()) {
      if (!includedByOther.contains(file.source().path())) {
        roots.add(file.model());
        covered.add(file.source().path());
        covered.addAll(file.model().included());
      }
    }
    for (ParsedFile<NginxConfig> file : files.files()) {
      if (!covered.contains(file.source().path())) {
        roots.add(file.model());
        covered.add(file.source().path());
        covered.addAll(file.model().included());
      }
    }
    return roots;
  }

  /**
   * Reports in the file where a directive is written, once: a fragment included by two
   * configurations of the scan is one place to fix.
   */
  static final class Report {
    private final Findings out;
    private final Set<String> seen = new HashSet<>();

    Report(Findings out) {
      this.out = out;
    }

    void at(Directive where, String object, String message) {
      at(where, where.at(), object, message);
    }

    void at(Directive where, Position at, String object, String message) {
      String key = where.source().path() + ':' + at.line() + ':' + at.column() + ':' + message;
      if (seen.add(key)) {
        out.in(where.source()).report(at, object, message);
      }
    }
  }
}
