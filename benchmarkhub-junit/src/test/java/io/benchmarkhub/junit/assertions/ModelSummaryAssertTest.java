package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static io.benchmarkhub.junit.assertions.Results.MINI;
import static io.benchmarkhub.junit.assertions.Results.failureWithDiff;
import static io.benchmarkhub.junit.assertions.Results.lines;
import static io.benchmarkhub.junit.assertions.Results.message;
import static io.benchmarkhub.junit.assertions.Results.model;
import static io.benchmarkhub.junit.assertions.Results.withCost;
import static io.benchmarkhub.junit.assertions.Results.withP95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ModelSummaryAssertTest {
  /** 2 passed, 1 failed, 1 errored: pass rate 0.67, mean score 0.67, p95 900 ms. */
  private final ModelSummary mixed = model(MINI, 2, 1, 1);
  private final ModelSummary clean = model(MINI, 3, 0, 0);
  private final ModelSummary nothingGraded = model(MINI, 0, 0, 3);

  @Test
  void meanScorePassesAsANumberAssertion() {
    assertThat(clean).meanScore().isEqualTo(1.0);
    assertThat(mixed).meanScore().isBetween(0.6, 0.7);
  }

  @Test
  void meanScoreFailsDescribedByTheModel() {
    assertThat(message(() -> assertThat(mixed).meanScore().isGreaterThanOrEqualTo(0.8))).isEqualTo(lines(
        "[mean score of openai:gpt-4o-mini] ",
        "Expecting actual:",
        "  0.6666666666666666",
        "to be greater than or equal to:",
        "  0.8",
        ""));
  }

  @Test
  void meanScoreKeepsTheModelsDescription() {
    assertThat(message(() -> assertThat(mixed).as("nightly").meanScore().isGreaterThanOrEqualTo(0.8)))
        .startsWith("[nightly: mean score of openai:gpt-4o-mini] ");
  }

  @Test
  void meanScoreWithoutGradedTrialsFailsRatherThanComparingNaN() {
    assertThat(message(() -> assertThat(nothingGraded).meanScore().isGreaterThan(0.8)))
        .isEqualTo("mean score of openai:gpt-4o-mini is undefined: no graded trials (3 trials, 3 errors)");
  }

  @Test
  void hasNoErrorsPasses() {
    assertThat(clean).hasNoErrors();
  }

  @Test
  void hasNoErrorsFailsWithTheCount() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(mixed).hasNoErrors());
    assertThat(failure.getMessage()).isEqualTo("openai:gpt-4o-mini has 1 errored trial of 4, expected none");
    assertThat(failure.getActual().getValue()).isEqualTo(1L);
    assertThat(failure.getExpected().getValue()).isEqualTo(0L);
  }

  @Test
  void hasErrorsAtMostPasses() {
    assertThat(mixed).hasErrorsAtMost(1).hasErrorsAtMost(2);
    assertThat(clean).hasErrorsAtMost(0);
  }

  @Test
  void hasErrorsAtMostFails() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(model(MINI, 5, 2, 3)).hasErrorsAtMost(2));
    assertThat(failure.getMessage()).isEqualTo("openai:gpt-4o-mini has 3 errored trials of 10, expected at most 2");
    assertThat(failure.getActual().getValue()).isEqualTo(3L);
    assertThat(failure.getExpected().getValue()).isEqualTo(2L);
  }

  @Test
  void hasErrorsAtMostRejectsANegativeLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(clean).hasErrorsAtMost(-1))
        .withMessage("max must be >= 0, was -1");
  }

  @Test
  void hasCostAtMostPassesWhenEveryAnsweredTrialReportedItsCost() {
    assertThat(withCost(clean, OptionalDouble.of(0.0123), 0)).hasCostAtMost(0.05).hasCostAtMost(0.0123);
  }

  @Test
  void hasCostAtMostFailsWithTheCostAndTheLimit() {
    AssertionFailedError failure =
        failureWithDiff(() -> assertThat(withCost(clean, OptionalDouble.of(0.0123), 0)).hasCostAtMost(0.01));
    assertThat(failure.getMessage()).isEqualTo("cost of openai:gpt-4o-mini $0.0123 > $0.01");
    assertThat(failure.getActual().getValue()).isEqualTo(0.0123);
    assertThat(failure.getExpected().getValue()).isEqualTo(0.01);
  }

  @Test
  void hasCostAtMostSaysWhenTrialsWithoutCostWouldAddToACostAlreadyOverTheLimit() {
    assertThat(message(() -> assertThat(withCost(clean, OptionalDouble.of(0.02), 1)).hasCostAtMost(0.01)))
        .isEqualTo("cost of openai:gpt-4o-mini $0.0200 > $0.01 (and 1 answered trial without a cost)");
  }

  @Test
  void hasCostAtMostFailsClearlyWhenTheCostIsUnknown() {
    assertThat(message(() -> assertThat(withCost(clean, OptionalDouble.empty(), 3)).hasCostAtMost(0.01)))
        .isEqualTo("cost of openai:gpt-4o-mini is unknown: none of its 3 answered trials reported a cost, "
            + "expected at most $0.01");
  }

  @Test
  void hasCostAtMostFailsWhenOnlyPartOfTheCostIsKnown() {
    assertThat(message(() -> assertThat(withCost(clean, OptionalDouble.of(0.004), 2)).hasCostAtMost(0.01)))
        .isEqualTo("cost of openai:gpt-4o-mini is only partly known: $0.004000 for the trials that reported one, "
            + "2 answered trials did not, expected at most $0.01");
  }

  @Test
  void hasCostAtMostFailsWhenNoTrialGotAnAnswer() {
    assertThat(message(() -> assertThat(nothingGraded).hasCostAtMost(1)))
        .isEqualTo("cost of openai:gpt-4o-mini is unknown: no trial got an answer, expected at most $1");
  }

  @Test
  void hasCostAtMostRejectsANegativeLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(clean).hasCostAtMost(-0.5))
        .withMessage("usd must be a finite amount >= 0, was -0.5");
  }

  @Test
  void hasP95LatencyAtMostPasses() {
    assertThat(clean).hasP95LatencyAtMost(Duration.ofSeconds(1)).hasP95LatencyAtMost(Duration.ofMillis(900));
  }

  @Test
  void hasP95LatencyAtMostFailsWithBothDurations() {
    AssertionFailedError failure = failureWithDiff(
        () -> assertThat(withP95(clean, Duration.ofMillis(1250))).hasP95LatencyAtMost(Duration.ofSeconds(1)));
    assertThat(failure.getMessage()).isEqualTo("p95 latency of openai:gpt-4o-mini 1250 ms > 1000 ms");
    assertThat(failure.getActual().getValue()).isEqualTo(Duration.ofMillis(1250));
    assertThat(failure.getExpected().getValue()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void hasP95LatencyAtMostPrintsFractionsOfAMillisecond() {
    assertThat(message(() -> assertThat(withP95(clean, Duration.ofNanos(1_500_000)))
        .hasP95LatencyAtMost(Duration.ofMillis(1))))
        .isEqualTo("p95 latency of openai:gpt-4o-mini 1.5 ms > 1 ms");
  }

  @Test
  void hasP95LatencyAtMostFailsWhenNoTrialGotAnAnswer() {
    assertThat(message(() -> assertThat(withP95(nothingGraded, Duration.ZERO))
        .hasP95LatencyAtMost(Duration.ofSeconds(1))))
        .isEqualTo("p95 latency of openai:gpt-4o-mini is undefined: no trial got an answer (3 trials, 3 errors)");
  }

  @Test
  void hasP95LatencyAtMostRejectsAMissingLimit() {
    assertThatNullPointerException().isThrownBy(() -> assertThat(clean).hasP95LatencyAtMost(null))
        .withMessage("max must not be null");
  }

  @Test
  void hasPassedPasses() {
    assertThat(mixed).hasPassed(2);
  }

  @Test
  void hasPassedFailsWithTheBreakdown() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(mixed).hasPassed(3));
    assertThat(failure.getMessage())
        .isEqualTo("openai:gpt-4o-mini passed 2 trials, expected 3 (of 4 trials: 1 failed, 1 errored)");
    assertThat(failure.getActual().getValue()).isEqualTo(2L);
    assertThat(failure.getExpected().getValue()).isEqualTo(3L);
  }

  @Test
  void assertionsChain() {
    assertThat(clean).hasNoErrors().hasPassed(3).hasErrorsAtMost(0).hasP95LatencyAtMost(Duration.ofSeconds(1));
  }

  @Test
  void everyAssertionHonoursTheDescription() {
    assertThat(message(() -> assertThat(mixed).as("nightly %s", "gate").hasNoErrors()))
        .isEqualTo("[nightly gate] openai:gpt-4o-mini has 1 errored trial of 4, expected none");
    assertThat(message(() -> assertThat(withCost(clean, OptionalDouble.empty(), 3)).as("budget").hasCostAtMost(1)))
        .startsWith("[budget] cost of openai:gpt-4o-mini is unknown");
  }

  @Test
  void aFailMessageReplacesOurs() {
    assertThat(message(() -> assertThat(mixed).withFailMessage("too flaky: %d", 1).hasNoErrors()))
        .isEqualTo("too flaky: 1");
  }

  @Test
  void everyAssertionChecksForNullFirst() {
    ModelSummary none = null;
    String notNull = lines("", "Expecting actual not to be null");
    assertThat(message(() -> assertThat(none).hasNoErrors())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).passRate())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).meanScore())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasCostAtMost(1))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasP95LatencyAtMost(Duration.ZERO))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasPassed(1))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasErrorsAtMost(1))).isEqualTo(notNull);
  }
}
