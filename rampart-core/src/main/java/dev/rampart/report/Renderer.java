package dev.rampart.report;

import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a settled scan result in one output format. Renderers decide nothing: what was found,
 * suppressed and counted is already in the result. They write but never close {@code out}.
 */
public interface Renderer {

  /**
   * Writes {@code result} to {@code out}.
   *
   * @param rules the full rule catalog, for formats that describe the rules that fired
   */
  void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException;
}
