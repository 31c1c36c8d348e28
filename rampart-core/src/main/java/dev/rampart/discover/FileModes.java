package dev.rampart.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.OptionalInt;
import java.util.Set;

/** Reads POSIX permission bits, where the file system has them. */
public final class FileModes {
  private FileModes() {}

  /**
   * The permission bits of {@code path} (following a link, as the walk does), such as {@code 0640};
   * empty on a file system without POSIX permissions or when they cannot be read.
   */
  public static OptionalInt read(Path path) {
    try {
      return OptionalInt.of(bits(Files.getPosixFilePermissions(path)));
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      return OptionalInt.empty();
    }
  }

  static int bits(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (PosixFilePermission permission : permissions) {
      mode |= bit(permission);
    }
    return mode;
  }

  private static int bit(PosixFilePermission permission) {
    return switch (permission) {
      case OWNER_READ -> 0400;
      case OWNER_WRITE -> 0200;
      case OWNER_EXECUTE -> 0100;
      case GROUP_READ -> 040;
      case GROUP_WRITE -> 020;
      case GROUP_EXECUTE -> 010;
      case OTHERS_READ -> 04;
      case OTHERS_WRITE -> 02;
      case OTHERS_EXECUTE -> 01;
    };
  }
}
