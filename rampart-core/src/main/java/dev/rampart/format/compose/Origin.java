package dev.rampart.format.compose;

/** Where a value of a Compose file comes from, once its variables are interpolated. */
public enum Origin {
  /** Written in the file as it is. */
  WRITTEN,
  /** From a default written in the file: {@code ${DB_PASSWORD:-example}}. */
  DEFAULT,
  /** From a variable of the project's {@code .env} file, beside the Compose file. */
  ENV_FILE,
  /**
   * A variable with no known value and no default: the text is kept as written ({@code
   * ${DB_PASSWORD}}), and rules do not judge it.
   */
  UNRESOLVED;

  /** True when the value is in the Compose file itself, as a literal or a default. */
  public boolean inFile() {
    return this == WRITTEN || this == DEFAULT;
  }
}
