package io.benchmarkhub.junit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.stats.Interval;
import io.benchmarkhub.stats.Proportions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.opentest4j.AssertionFailedError;

/** Run results built straight from the api records, and helpers to catch the failures they cause. */
final class Results {
  static final String MINI = "openai:gpt-4o-mini";
  static final String LLAMA = "ollama:llama3.2";

  private Results() {}

  /** {@return a trial that every judge passed} */
  static TrialResult passed(String caseId, String model, String answer) {
    return trial(caseId, model, 1, TrialStatus.PASS, answer, Verdict.pass("matches").named("exact-match"));
  }

  /** {@return a trial that a judge failed with {@code reason}} */
  static TrialResult failed(String caseId, String model, String answer, String reason) {
    return trial(caseId, model, 1, TrialStatus.FAIL, answer, Verdict.fail(reason).named("exact-match"));
  }

  /** {@return a trial whose provider failed, so it has no answer} */
  static TrialResult errored(String caseId, String model, String kind, String message) {
    return new TrialResult(0, TestCase.builder().id(caseId).input("q " + caseId).build(), model, 1, List.of(), TrialStatus.ERROR,
        Double.NaN, List.of(), null, new TrialError(TrialError.Phase.PROVIDER, kind, message));
  }

  /** {@return a graded trial with these verdicts; its score is theirs on average} */
  static TrialResult trial(String caseId, String model, int repeat, TrialStatus status, String answer,
      Verdict... verdicts) {
    double score = Arrays.stream(verdicts).mapToDouble(Verdict::score).average().orElse(Double.NaN);
    return new TrialResult(0, TestCase.builder().id(caseId).input("q " + caseId).expected("billing").build(), model,
        repeat, List.of(), status, score, List.of(verdicts),
        new Completion(answer, FinishReason.STOP, Duration.ofMillis(100), Usage.of(10, 2), null), null);
  }

  /** {@return a run of these trials, with each model's summary computed from them, in order of appearance} */
  static RunSummary run(TrialResult... trials) {
    Map<String, List<TrialResult>> byModel = new LinkedHashMap<>();
    for (TrialResult t : trials) {
      byModel.computeIfAbsent(t.model(), m -> new java.util.ArrayList<>()).add(t);
    }
    return new RunSummary("support-intent", "1.0.0", "r1", Instant.EPOCH, Instant.EPOCH.plusSeconds(5),
        byModel.entrySet().stream().map(e -> summary(e.getKey(), e.getValue())).toList(), List.of(trials));
  }

  /** {@return the summary of one model's trials: counts, Wilson interval, mean score; no cost, no latency} */
  static ModelSummary summary(String model, List<TrialResult> trials) {
    long passed = trials.stream().filter(t -> t.status() == TrialStatus.PASS).count();
    long failed = trials.stream().filter(t -> t.status() == TrialStatus.FAIL).count();
    double meanScore = trials.stream().filter(t -> t.status() != TrialStatus.ERROR)
        .mapToDouble(TrialResult::score).average().orElse(Double.NaN);
    Interval rate = Proportions.wilson(passed, passed + failed, 0.95);
    return new ModelSummary(model, trials.size(), passed, failed, trials.size() - passed - failed, 0,
        rate.estimate(), rate.lower(), rate.upper(), meanScore, Double.NaN, Double.NaN, 0, 0, OptionalDouble.empty(), 0,
        Duration.ZERO, Duration.ZERO, java.util.OptionalDouble.empty());
  }

  /** {@return a model's summary from counts alone, each graded trial scoring 1 if it passed and 0 if not} */
  static ModelSummary model(String model, long passed, long failed, long errors) {
    Interval rate = Proportions.wilson(passed, passed + failed, 0.95);
    double meanScore = passed + failed == 0 ? Double.NaN : (double) passed / (passed + failed);
    return new ModelSummary(model, passed + failed + errors, passed, failed, errors, 0, rate.estimate(), rate.lower(),
        rate.upper(), meanScore, Double.NaN, Double.NaN, 0, 0, OptionalDouble.empty(), 0, Duration.ofMillis(400), Duration.ofMillis(900), java.util.OptionalDouble.empty());
  }

  /** {@return a copy of {@code m} with this cost and this many answered trials without a cost} */
  static ModelSummary withCost(ModelSummary m, OptionalDouble costUsd, long trialsWithoutCost) {
    return new ModelSummary(m.model(), m.trials(), m.passed(), m.failed(), m.errors(), m.skipped(), m.passRate(), m.passRateLow(),
        m.passRateHigh(), m.meanScore(), Double.NaN, Double.NaN, m.inputTokens(), m.outputTokens(), costUsd, trialsWithoutCost,
        m.latencyP50(), m.latencyP95(), java.util.OptionalDouble.empty());
  }

  /** {@return a copy of {@code m} with this p95 latency} */
  static ModelSummary withP95(ModelSummary m, Duration p95) {
    return new ModelSummary(m.model(), m.trials(), m.passed(), m.failed(), m.errors(), m.skipped(), m.passRate(), m.passRateLow(),
        m.passRateHigh(), m.meanScore(), Double.NaN, Double.NaN, m.inputTokens(), m.outputTokens(), m.costUsd(), m.trialsWithoutCost(),
        m.latencyP50(), p95, java.util.OptionalDouble.empty());
  }

  /** {@return the error {@code assertion} fails with; fails the test when it passes or throws something else} */
  static AssertionError failure(ThrowingCallable assertion) {
    Throwable thrown = catchThrowable(assertion);
    assertThat(thrown).as("the assertion's failure").isInstanceOf(AssertionError.class);
    return (AssertionError) thrown;
  }

  /**
   * {@return the failure of {@code assertion}, checked to carry actual and expected values for an IDE's
   * diff}
   */
  static AssertionFailedError failureWithDiff(ThrowingCallable assertion) {
    AssertionError error = failure(assertion);
    assertThat(error).isInstanceOf(AssertionFailedError.class);
    AssertionFailedError failure = (AssertionFailedError) error;
    assertThat(failure.isExpectedDefined()).as("expected defined").isTrue();
    assertThat(failure.isActualDefined()).as("actual defined").isTrue();
    return failure;
  }

  /** {@return the message {@code assertion} fails with} */
  static String message(ThrowingCallable assertion) {
    return failure(assertion).getMessage();
  }

  /** {@return the lines joined as a failure message joins them} */
  static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines);
  }
}
