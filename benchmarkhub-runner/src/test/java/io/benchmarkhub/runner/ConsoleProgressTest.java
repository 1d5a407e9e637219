package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private static final TestCase CASE = TestCase.builder().id("q").input("Q").build();

  private final AtomicLong clock = new AtomicLong();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private static Benchmark benchmark(String name, Map<String, String> settings, boolean quiet) {
    var b = BenchmarkHub.benchmark(name).dataset(Dataset.of(List.of(CASE))).models("p:m")
        .provider("p", request -> Completion.of("A")).judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED);
    settings.forEach(b::setting);
    if (quiet) {
      b.quiet();
    }
    return b.build();
  }

  private static TrialResult pass() {
    return new TrialResult(0, CASE, "p:m", 1, List.of(), TrialStatus.PASS, 1, List.of(), Completion.of("A"), null);
  }

  private static TrialResult error() {
    return new TrialResult(0, CASE, "p:m", 1, List.of(), TrialStatus.ERROR, Double.NaN, List.of(), null,
        new TrialError(TrialError.Phase.PROVIDER, "timeout", "no answer in 120 s"));
  }

  private static TrialResult costing(double usd, CompletionOrigin origin) {
    Completion c = new Completion("A", FinishReason.STOP, Duration.ZERO, Usage.of(10, 2).withCost(usd), null, origin);
    return new TrialResult(0, CASE, "p:m", 1, List.of(), TrialStatus.PASS, 1, List.of(), c, null);
  }

  private static Settings settings(Map<String, String> builder) {
    return new Settings(k -> Optional.ofNullable(builder.get(k)), k -> null, k -> null);
  }

  private ConsoleProgress logging() {
    ConsoleProgress p = ConsoleProgress.logging(Duration.ofSeconds(10), clock::get, lines::add);
    p.runStarted(benchmark("support-intent", Map.of(), false), "run-1", 5_000);
    return p;
  }

  @Test
  void logModeWritesDoneTotalRateEtaErrorsAndCostAtMostOncePerInterval() {
    ConsoleProgress p = logging();
    clock.set(SECOND);
    for (int i = 0; i < 1_195; i++) {
      p.trialFinished(pass());
    }
    p.trialFinished(error());
    p.trialFinished(error());
    p.trialFinished(error());
    p.trialFinished(costing(0.02, CompletionOrigin.LIVE));
    assertThat(lines).isEmpty();

    clock.set(10 * SECOND);
    p.trialFinished(costing(0.0221, CompletionOrigin.LIVE));
    assertThat(lines).containsExactly(
        "support-intent: 1,200/5,000 trials (24%), 120/s, ETA 32 s, 3 errors, $0.0421");

    clock.set(15 * SECOND);
    p.trialFinished(pass());
    assertThat(lines).hasSize(1);

    clock.set(25 * SECOND);
    p.trialFinished(costing(5, CompletionOrigin.REPLAY));
    p.runFinished(null);
    assertThat(lines).hasSize(3).endsWith(
        "support-intent: 1,202/5,000 trials (24%), 48/s, ETA 1 min 19 s, 3 errors, $0.0421",
        "support-intent: 1,202/5,000 trials (24%) in 25 s, 48/s, 3 errors, $0.0421");
  }

  @Test
  void costIsLeftOutWhileNoneIsKnownAndSlowRatesKeepDecimals() {
    ConsoleProgress p = ConsoleProgress.logging(Duration.ofSeconds(10), clock::get, lines::add);
    p.runStarted(benchmark("slow", Map.of(), false), "run-1", 100);
    clock.set(40 * SECOND);
    p.trialFinished(error());
    assertThat(lines).containsExactly("slow: 1/100 trials (1%), 0.03/s, ETA 1 h 6 min, 1 error");
  }

  @Test
  void aRunThatEndsWithinTheFirstIntervalWritesNothing() {
    ConsoleProgress p = logging();
    clock.set(9 * SECOND);
    for (int i = 0; i < 5_000; i++) {
      p.trialFinished(pass());
    }
    p.runFinished(null);
    assertThat(lines).isEmpty();
  }

  @Test
  void theLastTrialEndsTheDisplayOnce() {
    ConsoleProgress p = ConsoleProgress.logging(Duration.ofSeconds(1), clock::get, lines::add);
    p.runStarted(benchmark("b", Map.of(), false), "run-1", 2);
    p.trialFinished(pass());
    clock.set(3 * SECOND);
    p.trialFinished(pass());
    p.runFinished(null);
    assertThat(lines).containsExactly("b: 2/2 trials (100%) in 3 s, 0.67/s, 0 errors");
  }

  @Test
  void trialsFinishingOnManyThreadsAreEachCountedOnce() throws Exception {
    int threads = 16;
    int perThread = 10_000;
    ConsoleProgress p = ConsoleProgress.logging(Duration.ofSeconds(1), () -> clock.addAndGet(SECOND / 1000),
        lines::add);
    p.runStarted(benchmark("many", Map.of(), false), "run-1", (long) threads * perThread);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < perThread; i++) {
          p.trialFinished(i % 10 == 0 ? error() : costing(0.0001, CompletionOrigin.LIVE));
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    assertThat(lines).last().asString()
        .startsWith("many: 160,000/160,000 trials (100%) in ")
        .endsWith(", 16,000 errors, $14.4000");
    assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("/160,000 trials ("));
  }

  @Test
  void theBarDrawsOnTheGivenStreamAndCloses() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    ConsoleProgress p = ConsoleProgress.bar(clock::get, new ConsoleProgressBarConsumer(print, 120));
    p.runStarted(benchmark("bar", Map.of(), false), "run-1", 5);
    clock.set(2 * SECOND);
    p.trialFinished(pass());
    p.trialFinished(error());
    p.trialFinished(pass());
    p.trialFinished(pass());
    p.trialFinished(costing(0.5, CompletionOrigin.LIVE));
    p.runFinished(null);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("bar").contains("5/5").contains("1 error, $0.5000");
  }

  @Test
  void aShortRunNeverOpensTheBar() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    ConsoleProgress p = ConsoleProgress.bar(clock::get, new ConsoleProgressBarConsumer(print, 120));
    p.runStarted(benchmark("bar", Map.of(), false), "run-1", 2);
    p.trialFinished(pass());
    p.trialFinished(pass());
    p.runFinished(null);
    assertThat(out.size()).isZero();
  }

  @Test
  void aTerminalGetsTheBarUnlessCiIsSet() {
    Settings auto = settings(Map.of());
    assertThat(ProgressMode.of(auto, true, () -> true, k -> null)).isEqualTo(ProgressMode.BAR);
    assertThat(ProgressMode.of(auto, true, () -> true, Map.of("CI", "true")::get)).isEqualTo(ProgressMode.LOG);
    assertThat(ProgressMode.of(auto, true, () -> true, Map.of("CI", "1")::get)).isEqualTo(ProgressMode.LOG);
    assertThat(ProgressMode.of(auto, true, () -> true, Map.of("CI", "false")::get)).isEqualTo(ProgressMode.BAR);
    assertThat(ProgressMode.of(auto, true, () -> false, k -> null)).isEqualTo(ProgressMode.LOG);
    assertThat(ProgressMode.of(settings(Map.of("progress", "log")), true, () -> true, k -> null))
        .isEqualTo(ProgressMode.LOG);
  }

  @Test
  void offOrQuietMeansNoProgressAtAll() {
    assertThat(ProgressMode.of(settings(Map.of("progress", "OFF")), true, () -> true, k -> null))
        .isEqualTo(ProgressMode.OFF);
    assertThat(ProgressMode.of(settings(Map.of()), false, () -> true, k -> null)).isEqualTo(ProgressMode.OFF);
    assertThat(ProgressMode.of(settings(Map.of("progress", "log")), false, () -> false, k -> null))
        .isEqualTo(ProgressMode.OFF);

    RunListener own = new RunListener() { };
    Benchmark off = BenchmarkHub.benchmark("off").dataset(Dataset.of(List.of(CASE))).models("p:m")
        .provider("p", request -> Completion.of("A")).judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED)
        .listener(own).setting("progress", "off").build();
    assertThat(ConsoleProgress.withListeners(off, Settings.of(off))).containsExactly(own);
    Benchmark quiet = benchmark("quiet", Map.of(), true);
    assertThat(ConsoleProgress.withListeners(quiet, Settings.of(quiet))).isEmpty();
  }

  @Test
  void logModeJoinsTheBenchmarksListeners() {
    Benchmark b = benchmark("logged", Map.of("progress", "log", "progress.interval", "30"), false);
    assertThat(ConsoleProgress.withListeners(b, Settings.of(b))).singleElement().asString()
        .isEqualTo("ConsoleProgress[log]");
  }

  @Test
  void badSettingsNameTheSetting() {
    Benchmark b = benchmark("bad", Map.of("progress", "fancy"), false);
    assertThatThrownBy(() -> ConsoleProgress.withListeners(b, Settings.of(b))).isInstanceOf(BenchmarkException.class)
        .hasMessageStartingWith("setting benchmarkhub.progress must be auto, log or off, was 'fancy'.");
    Benchmark interval = benchmark("bad", Map.of("progress", "log", "progress.interval", "soon"), false);
    assertThatThrownBy(() -> ConsoleProgress.withListeners(interval, Settings.of(interval)))
        .hasMessageStartingWith("setting benchmarkhub.progress.interval must be a positive integer, was 'soon'.");
  }
}
