package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows where a long run stands: done/total trials, trials per second, ETA, errors so far and, when
 * any cost is known, cost so far.
 *
 * <p>On a terminal it draws a progress bar (on standard error, redrawn at most every 100 ms). Where
 * output is not a terminal, in CI (environment variable {@code CI} set) or with the setting
 * {@code progress=log}, it logs a line through SLF4J at most every {@code progress.interval} seconds
 * (default 10), such as {@code support-intent: 1,200/5,000 trials (24%), 310/s, ETA 12 s, 3 errors,
 * $0.0421}, and a final line. A run that ends within the first interval (one second for the bar)
 * shows nothing. The setting {@code progress=off}, or a {@link Benchmark.Builder#quiet() quiet}
 * benchmark, turns it off.
 *
 * <p>Thread-safe: {@link #trialFinished} only bumps atomic counters and reads the clock; the one
 * thread whose update is due redraws the bar or writes the line.
 */
public final class ConsoleProgress implements RunListener {
  /** How often a log line may be written unless {@code progress.interval} says otherwise. */
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  /** How long a run goes before the bar appears. */
  static final Duration BAR_DELAY = Duration.ofSeconds(1);
  /** How often the bar is brought up to date. */
  static final Duration BAR_REFRESH = Duration.ofMillis(100);
  private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);

  private final ProgressMode mode;
  private final long firstNanos;
  private final long periodNanos;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Consumer<String> lines;
  /** Where the bar draws; null for progressbar's console default. */
  private final ProgressBarConsumer barOutput;
  private final ProgressTally tally = new ProgressTally();
  /** The clock reading at which the next update is due; claimed by compare-and-set. */
  private final AtomicLong nextUpdate = new AtomicLong();
  private volatile String name;
  private volatile long startNanos;
  /** Planned trials; negative until the run starts. */
  private volatile long total = -1;
  /** Guarded by this. */
  private ProgressBar bar;
  /** Guarded by this. */
  private boolean finished;

  private ConsoleProgress(ProgressMode mode, Duration interval, LongSupplier nanoTime, Consumer<String> lines,
      ProgressBarConsumer barOutput) {
    this.mode = mode;
    this.intervalNanos = interval.toNanos();
    this.firstNanos = mode == ProgressMode.BAR ? BAR_DELAY.toNanos() : intervalNanos;
    this.periodNanos = mode == ProgressMode.BAR ? BAR_REFRESH.toNanos() : intervalNanos;
    this.nanoTime = nanoTime;
    this.lines = lines;
    this.barOutput = barOutput;
  }

  /**
   * {@return the benchmark's listeners followed by a console progress for this run}, or just the
   * benchmark's listeners when progress is off
   *
   * @throws io.benchmarkhub.api.BenchmarkException naming the setting when {@code progress} or
   *     {@code progress.interval} has a value it cannot use
   */
  public static List<RunListener> withListeners(Benchmark benchmark, Settings settings) {
    Optional<ConsoleProgress> progress = of(benchmark, settings, ProgressMode::onTerminal, System::getenv);
    if (progress.isEmpty()) {
      return benchmark.listeners();
    }
    List<RunListener> all = new ArrayList<>(benchmark.listeners());
    all.add(progress.get());
    return List.copyOf(all);
  }

  /** {@return the progress a run gets from its settings and surroundings, empty when off} */
  static Optional<ConsoleProgress> of(Benchmark benchmark, Settings settings, BooleanSupplier terminal,
      Function<String, String> environment) {
    ProgressMode mode = ProgressMode.of(settings, benchmark.printSummary(), terminal, environment);
    Duration interval = settings.positiveInt("progress.interval").map(Duration::ofSeconds).orElse(DEFAULT_INTERVAL);
    return switch (mode) {
      case OFF -> Optional.empty();
      case LOG -> Optional.of(logging(interval, System::nanoTime, log::info));
      case BAR -> Optional.of(bar(System::nanoTime, null));
    };
  }

  /** {@return a progress that writes a line to {@code lines} at most every {@code interval}} */
  static ConsoleProgress logging(Duration interval, LongSupplier nanoTime, Consumer<String> lines) {
    return new ConsoleProgress(ProgressMode.LOG, interval, Objects.requireNonNull(nanoTime, "nanoTime"),
        Objects.requireNonNull(lines, "lines"), null);
  }

  /** {@return a progress that draws a bar on {@code output}, or on the console when it is null} */
  static ConsoleProgress bar(LongSupplier nanoTime, ProgressBarConsumer output) {
    return new ConsoleProgress(ProgressMode.BAR, DEFAULT_INTERVAL, Objects.requireNonNull(nanoTime, "nanoTime"),
        line -> { }, output);
  }

  @Override
  public void runStarted(Benchmark benchmark, String runId, long plannedTrials) {
    name = benchmark.name();
    long now = nanoTime.getAsLong();
    startNanos = now;
    nextUpdate.set(now + firstNanos);
    total = plannedTrials;
  }

  @Override
  public void trialFinished(TrialResult result) {
    long planned = total;
    if (planned < 0) {
      return;
    }
    long done = tally.add(result);
    if (done >= planned) {
      finish();
      return;
    }
    long now = nanoTime.getAsLong();
    long due = nextUpdate.get();
    if (now - due >= 0 && nextUpdate.compareAndSet(due, now + periodNanos)) {
      update(now);
    }
  }

  @Override
  public void runFinished(RunSummary summary) {
    finish();
  }

  /** Writes a line or redraws the bar; called by at most one thread per period. */
  private synchronized void update(long now) {
    if (finished) {
      return;
    }
    Duration elapsed = Duration.ofNanos(now - startNanos);
    if (mode == ProgressMode.LOG) {
      lines.accept(tally.progressLine(name, total, elapsed));
      return;
    }
    if (bar == null) {
      bar = openBar(tally.done(), elapsed);
    }
    bar.stepTo(tally.done());
    bar.setExtraMessage(" " + tally.status());
  }

  /** Ends the display once: closes the bar, or writes the final line unless the run was short. */
  private synchronized void finish() {
    if (finished || total < 0) {
      return;
    }
    finished = true;
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    if (bar != null) {
      bar.stepTo(tally.done());
      bar.setExtraMessage(" " + tally.status());
      bar.close();
      bar = null;
    } else if (mode == ProgressMode.LOG && elapsed.toNanos() >= intervalNanos) {
      lines.accept(tally.finalLine(name, total, elapsed));
    }
  }

  private ProgressBar openBar(long done, Duration elapsed) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(total)
        .setUpdateIntervalMillis((int) BAR_REFRESH.toMillis())
        .continuousUpdate()
        .showSpeed(new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .startsFrom(done, elapsed);
    if (barOutput != null) {
      builder.setConsumer(barOutput);
    }
    return builder.build();
  }

  /** {@return the bar or log mode, for tests and logs} */
  @Override
  public String toString() {
    return "ConsoleProgress[" + mode.name().toLowerCase(Locale.ROOT) + "]";
  }
}
