package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A budget stops scheduling once reached, records the rest as skipped, and says so. */
class BudgetTest {

  /** Answers "A<n>" for "Q<n>" at $0.01 a call, after a short pause so concurrent calls overlap. */
  static Provider centPerCall(AtomicInteger calls) {
    return request -> {
      calls.incrementAndGet();
      DefaultBenchmarkExecutorTest.sleep(2);
      String q = request.messages().get(0).content();
      return new Completion("A" + q.substring(1), FinishReason.STOP, Duration.ofMillis(2),
          Usage.of(10, 2).withCost(0.01), null);
    };
  }

  @Test
  void stopsAtTheBudgetAndRecordsEveryOtherTrialAsSkippedForTheBudget() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("budget").dataset(DefaultBenchmarkExecutorTest.numbers(20))
        .models("p:m").provider("p", centPerCall(calls)).concurrency(1).maxCost(0.05)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().run();

    assertThat(calls).hasValue(5);
    assertThat(s.trials()).hasSize(20);
    List<TrialResult> skipped = s.trials().stream().filter(t -> t.status() == TrialStatus.SKIPPED).toList();
    assertThat(skipped).hasSize(15);
    assertThat(skipped).allSatisfy(t -> {
      assertThat(t.error().phase()).isEqualTo(TrialError.Phase.PROVIDER);
      assertThat(t.error().kind()).isEqualTo(TrialError.BUDGET_KIND);
      assertThat(t.error().message()).isEqualTo("budget of $0.0500 reached after $0.0500: not run");
      assertThat(t.completion()).isNull();
    });
    assertThat(s.trials().toList().subList(0, 5)).allSatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.PASS));
    assertThat(s.model("p:m").skipped()).isEqualTo(15);
    assertThat(s.model("p:m").costUsd().getAsDouble()).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(s.toTable()).contains("budget of $0.0500 reached after $0.0500: 15 trials not run (skipped)");
  }

  /** "Stops within one in-flight batch": with concurrency c, at most c - 1 trials beyond the limit are paid for. */
  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {2, 4, 8})
  void stopsWithinOneInFlightBatch(int concurrency) {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("budget-batch").dataset(DefaultBenchmarkExecutorTest.numbers(100))
        .models("p:m").provider("p", centPerCall(calls)).concurrency(concurrency).maxCost(0.05)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().run();

    assertThat(calls.get()).isBetween(5, 5 + concurrency - 1);
    long run = s.trials().stream().filter(t -> t.status() != TrialStatus.SKIPPED).count();
    assertThat(run).isEqualTo(calls.get());
    assertThat(s.trials()).hasSize(100);
    assertThat(s.model("p:m").skipped()).isEqualTo(100 - calls.get());
  }

  @Test
  void maxCostSettingSetsTheBudgetWhenTheBuilderDoesNot() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("budget-setting").dataset(DefaultBenchmarkExecutorTest.numbers(10))
        .models("p:m").provider("p", centPerCall(calls)).concurrency(1).setting("max-cost", "0.03")
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().run();
    assertThat(calls).hasValue(3);
    assertThat(s.model("p:m").skipped()).isEqualTo(7);
  }

  @Test
  void withoutABudgetEveryTrialRuns() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = BenchmarkHub.benchmark("no-budget").dataset(DefaultBenchmarkExecutorTest.numbers(10))
        .models("p:m").provider("p", centPerCall(calls)).concurrency(1)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().run();
    assertThat(calls).hasValue(10);
    assertThat(s.toTable()).doesNotContain("reached");
  }

  @Test
  void badMaxCostSettingFailsNamingIt() {
    Benchmark b = BenchmarkHub.benchmark("bad-budget").dataset(DefaultBenchmarkExecutorTest.numbers(1))
        .models("p:m").provider("p", centPerCall(new AtomicInteger())).setting("max-cost", "five dollars")
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().build();
    assertThatThrownBy(b::run).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("benchmarkhub.max-cost").hasMessageContaining("five dollars");
  }

  @Test
  void maxCostMustBePositive() {
    Benchmark.Builder builder = BenchmarkHub.benchmark("x");
    assertThatThrownBy(() -> builder.maxCost(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxCost(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxCost(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void warnsAtTheStartWhenABudgetIsSetAndSomeModelHasNoPrice() {
    Benchmark b = BenchmarkHub.benchmark("budget-unpriced").dataset(DefaultBenchmarkExecutorTest.numbers(1))
        .models("openai:gpt-4o-mini", "p:m").maxCost(1)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().build();
    Pricing pricing = new Pricing(PriceTable.builtIn());
    Budget budget = Budget.of(b, PriceTableTest.settings(Map.of()));

    assertThat(budget.unpricedWarning(b, pricing)).hasValueSatisfying(w -> assertThat(w)
        .contains("budget of $1.00 set")
        .contains("no price for p:m")
        .doesNotContain("gpt-4o-mini")
        .contains("-Dbenchmarkhub.prices=")
        .contains("count $0 toward the budget"));

    Benchmark unlimited = BenchmarkHub.benchmark("unpriced").dataset(DefaultBenchmarkExecutorTest.numbers(1))
        .models("p:m").judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().build();
    assertThat(Budget.of(unlimited, PriceTableTest.settings(Map.of())).unpricedWarning(unlimited, pricing)).isEmpty();
  }

  @Test
  void trialsOfUnpricedModelsCountZeroTowardTheBudget() {
    AtomicInteger calls = new AtomicInteger();
    Provider noCost = request -> {
      calls.incrementAndGet();
      return new Completion("A" + request.messages().get(0).content().substring(1), FinishReason.STOP,
          Duration.ofMillis(1), Usage.of(10, 2), null);
    };
    RunSummary s = BenchmarkHub.benchmark("budget-free").dataset(DefaultBenchmarkExecutorTest.numbers(10))
        .models("p:m").provider("p", noCost).concurrency(1).maxCost(0.01)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).quiet().run();
    assertThat(calls).hasValue(10);
    assertThat(s.model("p:m").skipped()).isZero();
  }
}
