package dev.rampart.check;

import java.util.Comparator;
import java.util.List;

/**
 * Every file of one format in a scan, parsed, sorted by path: the model of a scan-wide rule, which
 * checks what no single file can show (a namespace whose NetworkPolicy lives in another file, a
 * ServiceAccount defined apart from the pods that use it). Such a rule reports in any of the files
 * with {@link Findings#in}.
 */
public record ParsedFiles<M>(List<ParsedFile<M>> files) {

  public ParsedFiles {
    files =
        files.stream()
            .sorted(Comparator.comparing((ParsedFile<M> file) -> file.source().path()))
            .toList();
  }
}
