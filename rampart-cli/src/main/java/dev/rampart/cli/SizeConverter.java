package dev.rampart.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 500000}, {@code 512k}, {@code 10m} or {@code 1g} as bytes. */
final class SizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.endsWith("b")) {
      text = text.substring(0, text.length() - 1);
    }
    long unit = 1;
    if (text.endsWith("k")) {
      unit = 1024;
    } else if (text.endsWith("m")) {
      unit = 1024 * 1024;
    } else if (text.endsWith("g")) {
      unit = 1024L * 1024 * 1024;
    }
    if (unit > 1) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      long number = Long.parseLong(text);
      if (number <= 0) {
        throw new TypeConversionException("a size must be positive: " + value);
      }
      return Math.multiplyExact(number, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException("not a size (try 10m or 500k): " + value);
    }
  }
}
