package dev.rampart.format.nginx;

import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One nginx configuration file, parsed, with the files it includes expanded in place.
 *
 * @param source the parsed file
 * @param directives its top-level directives in effect, includes expanded
 * @param included the paths of every file it includes, directly or through another
 */
public record NginxConfig(SourceText source, List<Directive> directives, Set<String> included) {

  public NginxConfig {
    directives = List.copyOf(directives);
    included = Set.copyOf(included);
  }

  /** The top of the file as a scope: the main context, or {@code http} for a fragment. */
  public Scope top() {
    return new Scope(null, null, directives);
  }

  /**
   * Every HTTP {@code server}: those of each {@code http} block, and, in a fragment such as a
   * {@code conf.d/} file that nginx includes inside {@code http}, those at the top of the file. The
   * servers of {@code stream} and {@code mail} are not HTTP and are left out.
   */
  public List<Scope> servers() {
    List<Scope> servers = new ArrayList<>();
    Scope top = top();
    for (Directive d : directives) {
      if (d.name().equals("http") && d.hasBlock()) {
        Scope http = top.child(d);
        http.children("server").forEach(servers::add);
      } else if (d.name().equals("server") && d.hasBlock()) {
        servers.add(top.child(d));
      }
    }
    return servers;
  }
}
