package dev.rampart.settle.config;

/** A {@code .rampart.yaml} that cannot be applied; the message names the file, line and key. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
