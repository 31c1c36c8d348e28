package dev.rampart.cli;

import dev.rampart.model.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code critical}, {@code high}, {@code medium}, {@code low} or {@code info}. */
final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "not a severity: " + value + " (use critical, high, medium, low or info)");
    }
  }
}
