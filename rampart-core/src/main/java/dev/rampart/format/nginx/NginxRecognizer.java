package dev.rampart.format.nginx;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises nginx configuration: by name, {@code nginx.conf}, {@code *.conf} in a directory named
 * {@code nginx} (at any depth) and the files of {@code sites-available/} or {@code sites-enabled/}
 * named {@code *.conf} or without an extension ({@code default}); by content, the other files
 * there, any other {@code *.conf} (a {@code conf.d/} is shared with supervisord, Apache and
 * others), {@code *.nginx} and standard input: a statement of a usual nginx directive ended by
 * {@code ;} or opening a block, and no INI section or Apache tag.
 */
public final class NginxRecognizer implements Recognizer {
  private static final int SNIFF_CHARS = 8192;
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:server|http|events|upstream|location|map|stream|limit_req_zone"
              + "|proxy_pass|add_header|listen|server_name|ssl_certificate|ssl_protocols"
              + "|worker_processes|proxy_set_header|limit_req|fastcgi_pass|try_files"
              + "|server_tokens|client_max_body_size|return)\\b[^\\n;{}=]*[;{]");
  private static final Pattern FOREIGN =
      Pattern.compile("(?m)^[ \\t]*(?:\\[[^\\]\\n]+\\][ \\t]*$|<[A-Za-z])");

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.MAYBE;
    }
    String path = relativePath.toLowerCase(Locale.ROOT);
    String name = Recognizer.fileName(path);
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    String parent = dir.substring(dir.lastIndexOf('/') + 1);
    boolean sites = parent.startsWith("sites-available") || parent.startsWith("sites-enabled");
    if (name.equals("nginx.conf")
        || (sites && (name.endsWith(".conf") || name.indexOf('.') < 0))
        || (name.endsWith(".conf") && ("/" + dir + "/").contains("/nginx/"))) {
      return ByName.YES;
    }
    return sites || name.endsWith(".conf") || name.endsWith(".nginx") ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    return DIRECTIVE.matcher(head).find() && !FOREIGN.matcher(head).find();
  }
}
