package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A run's finished trials, errors and known cost so far, and the progress lines made from them.
 *
 * <p>Updated from many worker threads at once without a lock: counters are atomic, so every trial is
 * counted exactly once. Cost is the sum of the known costs of answers the provider gave during this
 * run; answers served from the cache or a cassette cost nothing now, and an unknown cost adds nothing.
 */
final class ProgressTally {
  private final AtomicLong done = new AtomicLong();
  private final LongAdder errors = new LongAdder();
  private final DoubleAdder cost = new DoubleAdder();
  /** Set once the first known cost is added; before that, "cost so far" is not shown. */
  private volatile boolean costKnown;

  /** {@return the number of trials finished, this one included} */
  long add(TrialResult result) {
    if (result.status() == TrialStatus.ERROR) {
      errors.increment();
    }
    Completion c = result.completion();
    if (c != null && c.origin() == CompletionOrigin.LIVE && c.usage().costUsd().isPresent()) {
      cost.add(c.usage().costUsd().getAsDouble());
      if (!costKnown) {
        costKnown = true;
      }
    }
    return done.incrementAndGet();
  }

  /** {@return the trials finished so far} */
  long done() {
    return done.get();
  }

  /** {@return the errored trials so far} */
  long errors() {
    return errors.sum();
  }

  /** {@return the sum of the known costs so far, empty while none is known} */
  OptionalDouble cost() {
    return costKnown ? OptionalDouble.of(cost.sum()) : OptionalDouble.empty();
  }

  /**
   * {@return a progress line}, e.g.
   * {@code support-intent: 1,200/5,000 trials (24%), 310/s, ETA 12 s, 3 errors, $0.0421}
   */
  String progressLine(String name, long total, Duration elapsed) {
    long n = done();
    double rate = rate(n, elapsed);
    String eta = rate > 0 ? duration(Duration.ofMillis((long) Math.ceil((total - n) / rate * 1000))) : "unknown";
    return counts(name, n, total) + ", " + rateText(rate) + ", ETA " + eta + ", " + status();
  }

  /** {@return the line at the end of a run}, e.g. {@code support-intent: 5,000/5,000 trials (100%) in 16 s, ...} */
  String finalLine(String name, long total, Duration elapsed) {
    long n = done();
    return counts(name, n, total) + " in " + duration(elapsed) + ", " + rateText(rate(n, elapsed)) + ", " + status();
  }

  /** {@return errors and, when known, cost so far}, e.g. {@code 3 errors, $0.0421} */
  String status() {
    long e = errors();
    String text = String.format(Locale.ROOT, "%,d %s", e, e == 1 ? "error" : "errors");
    OptionalDouble c = cost();
    return c.isPresent() ? text + String.format(Locale.ROOT, ", $%,.4f", c.getAsDouble()) : text;
  }

  private static String counts(String name, long n, long total) {
    long percent = total > 0 ? n * 100 / total : 100;
    return String.format(Locale.ROOT, "%s: %,d/%,d trials (%d%%)", name, n, total, percent);
  }

  private static double rate(long n, Duration elapsed) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? n / seconds : 0;
  }

  private static String rateText(double rate) {
    return String.format(Locale.ROOT, rate >= 10 ? "%,.0f/s" : rate >= 1 ? "%.1f/s" : "%.2f/s", rate);
  }

  /** {@return a duration as people read it: 12 s, 3 min 20 s, 2 h 5 min} */
  static String duration(Duration d) {
    long s = Math.max(0, (d.toMillis() + 999) / 1000);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }
}
