package dev.rampart.cli;

import dev.rampart.ScanProgress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error that appears only when a scan has run for about a second, so
 * quick scans and their output stay clean.
 */
final class ProgressReporter implements ScanProgress, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final long started = System.nanoTime();
  private final AtomicLong found = new AtomicLong();
  private volatile ProgressBar bar;

  ProgressReporter(PrintStream err) {
    this.err = err;
  }

  /** Whether a progress bar makes sense here: an interactive terminal, not CI. */
  static boolean wanted(boolean noProgress) {
    return !noProgress
        && Terminal.isInteractive()
        && System.getenv("CI") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  @Override
  public void found(long files) {
    found.set(files);
    ProgressBar current = bar;
    if (current != null) {
      current.maxHint(files);
    }
  }

  @Override
  public void checked(long files) {
    ProgressBar current = bar;
    if (current == null && System.nanoTime() - started > DELAY_NANOS) {
      current = start();
    }
    if (current != null) {
      current.stepTo(files);
    }
  }

  private synchronized ProgressBar start() {
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Scanning")
              .setInitialMax(found.get())
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" files", 1)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .setUpdateIntervalMillis(250)
              .build();
    }
    return bar;
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
