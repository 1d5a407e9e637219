package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DefaultBenchmarkExecutorTest {

  /** Passes when the answer equals the expected output. */
  static final Judge EQUALS_EXPECTED = Judge.named("equals-expected", (c, out) ->
      out.text().equals(c.expected().orElseThrow()) ? Verdict.pass() : Verdict.fail("was " + out.text()));

  static Dataset numbers(int n) {
    return Dataset.of(IntStream.range(0, n).mapToObj(i -> TestCase.builder().id("q" + i).input("Q" + i)
        .expected("A" + i).build()).toList());
  }

  /** Answers "A<n>" for "Q<n>", after a delay that shrinks as n grows, so later cases finish first. */
  static Provider echoing(int n) {
    return request -> {
      String q = request.messages().get(0).content();
      int i = Integer.parseInt(q.substring(1));
      sleep((n - i) % 7);
      return new Completion("A" + i, FinishReason.STOP, Duration.ofMillis(10 + i), Usage.of(10, 2).withCost(0.001), null);
    };
  }

  @Test
  void resultsComeInCaseThenModelOrderWhateverOrderTheyFinishIn() {
    RunSummary s = BenchmarkHub.benchmark("order").dataset(numbers(60)).models("p:one", "p:two")
        .provider("p", echoing(60)).concurrency("p", 8).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(s.trials()).hasSize(120);
    List<String> order = s.trials().stream().map(t -> t.caseId() + "/" + t.model()).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      expected.add("q" + i + "/p:one");
      expected.add("q" + i + "/p:two");
    }
    assertThat(order).containsExactlyElementsOf(expected);
    assertThat(s.trials()).allMatch(TrialResult::passed);
    assertThat(s.trials().toList().get(7).caseIndex()).isEqualTo(3);
  }

  @Test
  void eachProviderGetsAtMostItsConcurrencyAndOthersAreNotHeldUp() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Provider tracked = request -> {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      sleep(5);
      inFlight.decrementAndGet();
      return Completion.of("A" + request.messages().get(0).content().substring(1));
    };
    AtomicInteger fastCalls = new AtomicInteger();
    Provider fast = request -> {
      fastCalls.incrementAndGet();
      return Completion.of("A" + request.messages().get(0).content().substring(1));
    };
    RunSummary s = BenchmarkHub.benchmark("limits").dataset(numbers(40)).models("slow:m", "fast:m")
        .provider("slow", tracked).provider("fast", fast).concurrency("slow", 3).concurrency("fast", 2)
        .judge(EQUALS_EXPECTED).quiet().run();

    assertThat(maxInFlight.get()).isEqualTo(3);
    assertThat(fastCalls.get()).isEqualTo(40);
    assertThat(s.model("slow:m").passed()).isEqualTo(40);
  }

  @Test
  void concurrencyComesFromTheSystemPropertyWhenTheBuilderDoesNotSetIt() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Provider tracked = request -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      sleep(5);
      inFlight.decrementAndGet();
      return Completion.of("x");
    };
    System.setProperty("benchmarkhub.prop.concurrency", "2");
    try {
      BenchmarkHub.benchmark("prop").dataset(numbers(20)).models("prop:m").provider("prop", tracked)
          .judge(EQUALS_EXPECTED).quiet().run();
    } finally {
      System.clearProperty("benchmarkhub.prop.concurrency");
    }
    assertThat(maxInFlight.get()).isEqualTo(2);
  }

  @Test
  void repeatsRunEveryCaseNTimesPerModel() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("repeat").dataset(numbers(5)).models("p:a", "p:b").repeat(3)
        .provider("p", request -> {
          calls.incrementAndGet();
          return Completion.of("A" + request.messages().get(0).content().substring(1));
        }).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(calls.get()).isEqualTo(30);
    assertThat(s.trials().toList().subList(0, 6)).extracting(t -> t.model() + "#" + t.repeat())
        .containsExactly("p:a#1", "p:a#2", "p:a#3", "p:b#1", "p:b#2", "p:b#3");
    assertThat(s.model("p:a").trials()).isEqualTo(15);
  }

  @Test
  void everyKindOfTrialTroubleIsRecordedAsAnErrorAndTheRunGoesOn() {
    Provider flaky = request -> {
      String q = request.messages().get(0).content();
      return switch (q) {
        case "Q1" -> throw new ProviderException(ProviderException.Kind.RATE_LIMITED, 429, "openai: HTTP 429 slow down",
            Duration.ofSeconds(3), null);
        case "Q2" -> throw new IllegalStateException("provider bug");
        case "Q3" -> null;
        default -> Completion.of("A" + q.substring(1));
      };
    };
    Judge picky = Judge.named("picky", (c, out) -> {
      if (c.id().equals("q4")) {
        throw new IllegalArgumentException("cannot grade q4");
      }
      if (c.id().equals("q5")) {
        return null;
      }
      return out.text().equals(c.expected().orElseThrow()) ? Verdict.pass() : Verdict.fail("wrong");
    });
    RunSummary s = BenchmarkHub.benchmark("trouble").dataset(numbers(8))
        .prompt(c -> {
          if (c.id().equals("q6")) {
            throw new IllegalStateException("no template for q6");
          }
          return c.input();
        })
        .models("p:m").provider("p", flaky).judge(picky)
        .setting("retry.max-attempts", "1") // one attempt per trial; ResilientProviderTest covers retries
        .quiet().run();

    assertThat(s.trials()).extracting(TrialResult::status).containsExactly(TrialStatus.PASS, TrialStatus.ERROR,
        TrialStatus.ERROR, TrialStatus.ERROR, TrialStatus.ERROR, TrialStatus.ERROR, TrialStatus.ERROR, TrialStatus.PASS);
    assertThat(s.trials()).extracting(t -> t.failure().map(TrialError::toString).orElse("")).containsExactly(
        "",
        "provider RATE_LIMITED: openai: HTTP 429 slow down",
        "provider IllegalStateException: provider bug",
        "provider NullCompletion: provider 'p' returned no completion",
        "judge picky: judge picky threw cannot grade q4",
        "judge picky: judge picky returned no verdict",
        "prompt IllegalStateException: no template for q6",
        "");
    ModelSummary m = s.model("p:m");
    assertThat(m.errors()).isEqualTo(6);
    assertThat(m.failed()).isZero();
    assertThat(m.passRate()).isEqualTo(1.0);
  }

  @Test
  void summaryAddsUpCountsScoresTokensCostAndLatency() {
    Provider p = request -> {
      int i = Integer.parseInt(request.messages().get(0).content().substring(1));
      Usage usage = i == 9 ? Usage.of(100, 20) : Usage.of(100, 20).withCost(0.01);
      return new Completion(i < 6 ? "A" + i : "wrong", FinishReason.STOP, Duration.ofMillis((i + 1) * 10L), usage, null);
    };
    RunSummary s = BenchmarkHub.benchmark("sums").version("2.1.0").dataset(numbers(10)).models("p:m")
        .provider("p", p).judge(EQUALS_EXPECTED).quiet().run();

    ModelSummary m = s.model("p:m");
    assertThat(m.trials()).isEqualTo(10);
    assertThat(m.passed()).isEqualTo(6);
    assertThat(m.failed()).isEqualTo(4);
    assertThat(m.passRate()).isEqualTo(0.6);
    assertThat(m.passRateLow()).isCloseTo(0.3127, within(1e-4));
    assertThat(m.passRateHigh()).isCloseTo(0.8318, within(1e-4));
    assertThat(m.meanScore()).isCloseTo(0.6, within(1e-12));
    assertThat(m.inputTokens()).isEqualTo(1000);
    assertThat(m.outputTokens()).isEqualTo(200);
    assertThat(m.costUsd().getAsDouble()).isCloseTo(0.09, within(1e-12));
    assertThat(m.trialsWithoutCost()).isEqualTo(1);
    assertThat(m.latencyP50()).isEqualTo(Duration.ofMillis(55));
    assertThat(m.latencyP95()).isEqualTo(Duration.ofMillis(95).plusNanos(500_000));
    assertThat(s.version()).isEqualTo("2.1.0");
    assertThat(s.toTable()).contains("sums 2.1.0").contains("60.0%").contains("31.3%–83.2%").contains("≥$0.0900");
  }

  @Test
  void unknownProviderFailsBeforeAnyRequestNamingTheKnownOnes() {
    AtomicInteger calls = new AtomicInteger();
    Benchmark b = BenchmarkHub.benchmark("unknown").dataset(numbers(2)).models("p:m", "opnai:gpt-4o")
        .provider("p", r -> {
          calls.incrementAndGet();
          return Completion.of("x");
        }).judge(EQUALS_EXPECTED).quiet().build();

    assertThatThrownBy(b::run).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("model 'opnai:gpt-4o' names unknown provider 'opnai'")
        .hasMessageContaining("keyed-test").hasMessageContaining("p");
    assertThat(calls.get()).isZero();
  }

  @Test
  void missingKeyFailsBeforeAnyRequestNamingTheVariable() {
    AtomicInteger calls = new AtomicInteger();
    Benchmark b = BenchmarkHub.benchmark("nokey").dataset(numbers(2)).models("p:m", "keyed-test:m")
        .provider("p", r -> {
          calls.incrementAndGet();
          return Completion.of("x");
        }).secrets(SecretSource.of(Map.of())).judge(EQUALS_EXPECTED).quiet().build();

    assertThatThrownBy(b::run).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("provider 'keyed-test' needs an API key: set the environment variable KEYED_TEST_API_KEY");
    assertThat(calls.get()).isZero();
  }

  @Test
  void aModelWithoutItsKeyCanBeSkippedWhileTheOthersRun() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("skip").dataset(numbers(3)).models("p:m", "keyed-test:m")
        .provider("p", r -> {
          calls.incrementAndGet();
          return Completion.of("A" + r.messages().get(0).content().substring(1));
        }).secrets(SecretSource.of(Map.of())).skipUnavailableModels().judge(EQUALS_EXPECTED).quiet().run();

    assertThat(calls.get()).isEqualTo(3);
    assertThat(s.model("p:m").passed()).isEqualTo(3);
    ModelSummary skipped = s.model("keyed-test:m");
    assertThat(List.of(skipped.trials(), skipped.skipped(), skipped.errors(), skipped.graded())).containsExactly(3L, 3L, 0L, 0L);
    assertThat(s.trials("keyed-test:m")).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.SKIPPED);
      assertThat(t.error().message()).contains("set the environment variable KEYED_TEST_API_KEY");
    });
    assertThat(s.toTable()).contains("keyed-test:m: 3 × not run, provider UNAVAILABLE");
  }

  @Test
  void serviceLoadedProvidersReadSettingsAndSecrets() {
    RunSummary s = BenchmarkHub.benchmark("keyed").dataset(numbers(3)).models("keyed-test:m")
        .secrets(SecretSource.of(Map.of(KeyedTestProviderFactory.KEY_VARIABLE, "k-123456789")))
        .setting("keyed-test.greeting", "A").prompt(c -> c.input().substring(1)).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(s.model("keyed-test:m").passed()).isEqualTo(3);
  }

  @Test
  void aKeyEchoedInAProviderErrorIsBlankedOut() {
    String sentinel = "sk-SENTINEL-0123456789abcdef";
    RunSummary s = BenchmarkHub.benchmark("leak").dataset(Dataset.of(TestCase.of("leak", "x")))
        .models("keyed-test:m").secrets(SecretSource.of(Map.of(KeyedTestProviderFactory.KEY_VARIABLE, sentinel)))
        .judge(EQUALS_EXPECTED).quiet().run();

    TrialResult t = s.trials().toList().get(0);
    assertThat(t.status()).isEqualTo(TrialStatus.ERROR);
    assertThat(t.failure().orElseThrow().message()).isEqualTo("bad key *** rejected");
    assertThat(s.toString() + s.toTable() + s.trials()).doesNotContain(sentinel);
  }

  @Test
  void listenersHearEveryTrialAndAThrowingListenerDoesNotHurtTheRun() {
    List<String> events = new CopyOnWriteArrayList<>();
    RunListener recording = new RunListener() {
      @Override
      public void runStarted(Benchmark benchmark, String runId) {
        events.add("started " + benchmark.name());
      }

      @Override
      public void trialFinished(TrialResult result) {
        events.add("trial");
      }

      @Override
      public void runFinished(RunSummary summary) {
        events.add("finished " + summary.trials().size());
      }
    };
    RunListener throwing = new RunListener() {
      @Override
      public void trialFinished(TrialResult result) {
        throw new IllegalStateException("listener bug");
      }
    };
    RunSummary s = BenchmarkHub.benchmark("listen").dataset(numbers(4)).models("p:m").provider("p", echoing(4))
        .listener(throwing).listener(recording).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(s.model("p:m").passed()).isEqualTo(4);
    assertThat(events).first().isEqualTo("started listen");
    assertThat(events).last().isEqualTo("finished 4");
    assertThat(events).filteredOn("trial"::equals).hasSize(4);
  }

  @Test
  void aMalformedDatasetFailsBeforeAnyRequest() {
    AtomicInteger calls = new AtomicInteger();
    Dataset broken = new Dataset() {
      @Override
      public String name() {
        return "cases.jsonl";
      }

      @Override
      public Stream<TestCase> cases() {
        return Stream.iterate(0, i -> i + 1).limit(5).map(i -> {
          if (i == 3) {
            throw new DatasetException("cases.jsonl", 4, 7, "unexpected character '}'. Each line must be one JSON object.");
          }
          return TestCase.of("Q" + i, "A" + i);
        });
      }
    };
    Benchmark b = BenchmarkHub.benchmark("broken").dataset(broken).models("p:m").provider("p", r -> {
      calls.incrementAndGet();
      return Completion.of("x");
    }).judge(EQUALS_EXPECTED).quiet().build();

    assertThatThrownBy(b::run).isInstanceOf(DatasetException.class).hasMessageStartingWith("cases.jsonl:4:7: unexpected");
    assertThat(calls.get()).isZero();
  }

  @Test
  void anEmptyDatasetIsAClearError() {
    Benchmark b = BenchmarkHub.benchmark("empty").dataset(Dataset.of(List.of())).models("p:m")
        .provider("p", r -> Completion.of("x")).judge(EQUALS_EXPECTED).quiet().build();

    assertThatThrownBy(b::run).hasMessageContaining("dataset inline of benchmark 'empty' has no cases");
  }

  @Test
  void anInterruptedRunStopsWithAClearMessage() throws Exception {
    List<Throwable> thrown = new CopyOnWriteArrayList<>();
    Thread runner = new Thread(() -> {
      try {
        BenchmarkHub.benchmark("interrupted").dataset(numbers(1000)).models("p:m").provider("p", r -> {
          sleep(50);
          return Completion.of("x");
        }).concurrency(1).judge(EQUALS_EXPECTED).quiet().run();
      } catch (Throwable t) {
        thrown.add(t);
      }
    });
    runner.start();
    Thread.sleep(200);
    runner.interrupt();
    runner.join(10_000);

    assertThat(runner.isAlive()).isFalse();
    assertThat(thrown).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("was interrupted after").hasMessageContaining("of 1000 trials");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
