package dev.rampart.format.compose;

import java.util.Map;
import java.util.Optional;

/**
 * Compose's variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alternative}}, {@code
 * ${VAR+alternative}}, and {@code $$} for a literal {@code $}. Values come from the variables known
 * (the project's {@code .env}); the shell's environment is not known here, so a variable without a
 * value and without a default is unresolved, and so is the whole value.
 */
public final class Interpolation {
  private final Map<String, String> variables;

  /**
   * One interpolated value.
   *
   * @param value the value as Compose would read it, or the text as written when unresolved
   * @param resolved false when a variable had no known value and no default
   * @param referred true when the text named a variable at all
   * @param fromVariables true when a known variable's value (not a default) went into it
   */
  public record Result(String value, boolean resolved, boolean referred, boolean fromVariables) {}

  public Interpolation(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** Interpolation with no variables known: only defaults resolve. */
  public static Interpolation none() {
    return new Interpolation(Map.of());
  }

  /** True when {@code text} holds anything to interpolate. */
  public static boolean hasReferences(String text) {
    return text.indexOf('$') >= 0;
  }

  public Result apply(String text) {
    State state = new State();
    String value = expand(text, state, 0);
    return value == null
        ? new Result(text, false, true, state.fromVariables)
        : new Result(value, true, state.referred, state.fromVariables);
  }

  private static final class State {
    boolean referred;
    boolean fromVariables;
  }

  // Null when unresolved. Depth bounds nested defaults (${A:-${B:-${C}}}).
  private String expand(String text, State state, int depth) {
    if (depth > 16) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0) {
          return null; // Compose rejects the file: nothing to read here
        }
        state.referred = true;
        String part = braced(text.substring(i + 2, close), state, depth);
        if (part == null) {
          return null;
        }
        out.append(part);
        i = close + 1;
      } else if (isNameStart(next)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        state.referred = true;
        Optional<String> known = known(text.substring(i + 1, end), state);
        if (known.isEmpty()) {
          return null;
        }
        out.append(known.get());
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String inside, State state, int depth) {
    int end = 0;
    while (end < inside.length() && isNamePart(inside.charAt(end))) {
      end++;
    }
    String name = inside.substring(0, end);
    String rest = inside.substring(end);
    if (name.isEmpty()) {
      return null;
    }
    String value = variables.get(name);
    boolean set = value != null;
    boolean nonEmpty = set && !value.isEmpty();
    if (rest.isEmpty()) {
      return known(name, state).orElse(null);
    }
    boolean colon = rest.startsWith(":");
    String op = colon ? rest.substring(1) : rest;
    if (op.isEmpty()) {
      return null;
    }
    char kind = op.charAt(0);
    String word = op.substring(1);
    boolean present = colon ? nonEmpty : set;
    return switch (kind) {
      case '-' -> present ? fromVariables(value, state) : expand(word, state, depth + 1);
      case '?' -> present ? fromVariables(value, state) : null;
      case '+' -> present ? plus(word, state, depth) : "";
      default -> null;
    };
  }

  private static String fromVariables(String value, State state) {
    state.fromVariables = true;
    return value;
  }

  private String plus(String word, State state, int depth) {
    state.fromVariables = true;
    return expand(word, state, depth + 1);
  }

  private Optional<String> known(String name, State state) {
    String value = variables.get(name);
    if (value != null) {
      state.fromVariables = true;
    }
    return Optional.ofNullable(value);
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
