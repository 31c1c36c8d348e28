package dev.rampart;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** The worker pools of a scan. */
public final class Pools {
  private Pools() {}

  /** Waits until {@code pool}, already shut down, has run every task, whatever interrupts. */
  public static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
