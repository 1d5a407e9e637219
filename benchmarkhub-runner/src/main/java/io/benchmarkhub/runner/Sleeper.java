package io.benchmarkhub.runner;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits: the one place where {@link ResilientProvider} spends time between attempts and before a
 * rate-limited request, so that tests can count the waits instead of sitting through them.
 */
@FunctionalInterface
interface Sleeper {
  /** Waits on the calling thread with {@link TimeUnit#sleep}. */
  Sleeper THREAD = wait -> TimeUnit.NANOSECONDS.sleep(wait.toNanos());

  /**
   * Waits for the given time, never negative.
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration wait) throws InterruptedException;
}
