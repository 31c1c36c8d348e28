package dev.rampart.secrets;

import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;

/** Runs the detector over a file once; every secret rule then reads the result. */
public final class SecretScanParser implements Parser<SecretScan> {
  private final SecretDetector detector;

  public SecretScanParser(SecretDetector detector) {
    this.detector = detector;
  }

  @Override
  public Parsed<SecretScan> parse(SourceText source) {
    return Parsed.clean(detector.scan(source));
  }
}
