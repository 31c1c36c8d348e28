package dev.rampart.cli;

import dev.rampart.settle.Profile;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a profile name, such as {@code pss-restricted}; an unknown one is a usage error. */
final class ProfileConverter implements ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    return Profile.named(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown profile "
                        + value
                        + "; the profiles are "
                        + Profile.all().stream()
                            .map(Profile::name)
                            .collect(Collectors.joining(", "))));
  }
}
