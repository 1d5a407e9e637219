package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Usage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response cache through whole runs: hits send nothing and are marked, and it can be turned off. */
class ResponseCacheRunTest {
  @TempDir
  Path cache;

  private final AtomicInteger calls = new AtomicInteger();

  /** Answers "A<n>" to "Q<n>" and counts the calls. */
  private final Provider counting = request -> {
    calls.incrementAndGet();
    String q = request.messages().get(0).content();
    return new Completion("A" + q.substring(1), FinishReason.STOP, Duration.ofMillis(30), Usage.of(4, 1), null);
  };

  private Benchmark.Builder benchmark(int cases) {
    return BenchmarkHub.benchmark("cached").dataset(numbers(cases)).models("p:m").provider("p", counting)
        .setting("cache-dir", cache.toString()).setting("mode", "live").judge(EQUALS_EXPECTED).quiet();
  }

  @Test
  void aSecondIdenticalRunSendsNothingAndMarksEveryAnswerAsCached() {
    RunSummary first = benchmark(4).setting("cache", "true").run();
    assertThat(calls.get()).isEqualTo(4);
    assertThat(first.trials()).allMatch(t -> t.completion().origin() == CompletionOrigin.LIVE);

    RunSummary second = benchmark(4).setting("cache", "true").run();

    assertThat(calls.get()).isEqualTo(4);
    assertThat(second.trials()).allMatch(t -> t.passed() && t.completion().origin() == CompletionOrigin.CACHE);
    assertThat(second.trials().toList().get(0).completion().latency()).isEqualTo(Duration.ofMillis(30));
    assertThat(second.toTable()).contains("p:m: 4 of 4 trials served from cache");
    assertThat(second.trials().toList().get(0).completion().toString()).endsWith(", cache]");
  }

  @Test
  void cacheFalseAsksTheProviderAgain() {
    benchmark(3).setting("cache", "true").run();

    RunSummary again = benchmark(3).setting("cache", "false").run();

    assertThat(calls.get()).isEqualTo(6);
    assertThat(again.trials()).allMatch(t -> t.completion().origin() == CompletionOrigin.LIVE);
    assertThat(again.toTable()).doesNotContain("served from cache");
  }

  @Test
  void aProviderGivenToTheBuilderIsNotCachedUnlessAsked() throws IOException {
    benchmark(3).run();
    benchmark(3).run();

    assertThat(calls.get()).isEqualTo(6);
    assertThat(RecordReplayTest.filesUnder(cache)).isEmpty();
  }

  @Test
  void aProviderFromAFactoryIsCachedByDefault() {
    Benchmark.Builder keyed = BenchmarkHub.benchmark("keyed-cached").dataset(numbers(2)).models("keyed-test:m")
        .secrets(SecretSource.of(Map.of(KeyedTestProviderFactory.KEY_VARIABLE, "key-0123456789")))
        .prompt(c -> c.input().substring(1)).setting("keyed-test.greeting", "A")
        .setting("cache-dir", cache.toString()).setting("mode", "live").judge(EQUALS_EXPECTED).quiet();
    keyed.run();

    RunSummary second = keyed.setting("keyed-test.greeting", "changed, but the request is the same").run();

    assertThat(second.trials()).extracting(TrialResult::completion).extracting(Completion::origin)
        .containsOnly(CompletionOrigin.CACHE);
    assertThat(second.trials()).allMatch(TrialResult::passed);
  }
}
