package dev.rampart.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy: how unpredictable a value's characters are, in bits per character. */
public final class Entropy {
  private Entropy() {}

  public static double of(CharSequence value) {
    int length = value.length();
    if (length == 0) {
      return 0;
    }
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < length; i++) {
      counts.merge(value.charAt(i), 1, Integer::sum);
    }
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / length;
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return bits;
  }
}
