package dev.rampart.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/** Whether standard input and output are an interactive terminal, on every JDK from 17 on. */
final class Terminal {
  private Terminal() {}

  /**
   * True on a terminal. Up to JDK 21 {@code System.console()} is null when redirected; from JDK 22
   * on it is always there and {@code Console.isTerminal()} (absent before 22) tells instead.
   */
  static boolean isInteractive() {
    return Optional.ofNullable(System.console()).map(Terminal::isTerminal).orElse(false);
  }

  private static boolean isTerminal(Console console) {
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only on a terminal
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }
}
