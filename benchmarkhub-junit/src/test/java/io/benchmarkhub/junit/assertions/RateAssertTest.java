package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static io.benchmarkhub.junit.assertions.Results.MINI;
import static io.benchmarkhub.junit.assertions.Results.failureWithDiff;
import static io.benchmarkhub.junit.assertions.Results.message;
import static io.benchmarkhub.junit.assertions.Results.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.ModelSummary;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RateAssertTest {
  /** 2 of 3 graded: 0.67, 95% CI 0.21–0.94. */
  private final ModelSummary twoOfThree = model(MINI, 2, 1, 0);
  private final ModelSummary nothingGraded = model(MINI, 0, 0, 3);

  @Test
  void isAtLeastPassesOnTheEstimate() {
    assertThat(twoOfThree).passRate().isAtLeast(0.6).isAtLeast(2.0 / 3);
  }

  @Test
  void isAtLeastFailsWithEstimateIntervalAndLimit() {
    assertThat(message(() -> assertThat(twoOfThree).passRate().isAtLeast(0.85)))
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) < 0.85");
  }

  @Test
  void isAtLeastCarriesTheEstimateAndTheLimit() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(twoOfThree).passRate().isAtLeast(0.85));
    assertThat(failure.getActual().getValue()).isEqualTo(2.0 / 3);
    assertThat(failure.getExpected().getValue()).isEqualTo(0.85);
  }

  @Test
  void isAtMostPassesOnTheEstimate() {
    assertThat(twoOfThree).passRate().isAtMost(0.7).isAtMost(2.0 / 3);
  }

  @Test
  void isAtMostFails() {
    assertThat(message(() -> assertThat(twoOfThree).passRate().isAtMost(0.5)))
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) > 0.50");
  }

  @Test
  void lowerBoundIsAtLeastPassesOnTheLowerBound() {
    assertThat(twoOfThree).passRate().lowerBoundIsAtLeast(0.2);
  }

  @Test
  void lowerBoundIsAtLeastFailsThoughTheEstimateWouldPass() {
    assertThat(twoOfThree).passRate().isAtLeast(0.5);
    assertThat(message(() -> assertThat(twoOfThree).passRate().lowerBoundIsAtLeast(0.5)))
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) lower bound 0.21 < 0.50");
  }

  @Test
  void lowerBoundFailureReadsAsTheGateDoes() {
    AssertionFailedError failure =
        failureWithDiff(() -> assertThat(twoOfThree).passRate().lowerBoundIsAtLeast(0.85));
    assertThat(failure.getMessage())
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) lower bound 0.21 < 0.85");
    assertThat(failure.getActual().getValue()).isEqualTo(twoOfThree.passRateLow());
    assertThat(failure.getExpected().getValue()).isEqualTo(0.85);
  }

  @Test
  void noGradedTrialsFailsEveryRateAssertionRatherThanComparingNaN() {
    String expected = "pass rate of openai:gpt-4o-mini is undefined: no graded trials (3 trials, 3 errors)";
    assertThat(message(() -> assertThat(nothingGraded).passRate().isAtLeast(0))).isEqualTo(expected);
    assertThat(message(() -> assertThat(nothingGraded).passRate().isAtMost(1))).isEqualTo(expected);
    assertThat(message(() -> assertThat(nothingGraded).passRate().lowerBoundIsAtLeast(0))).isEqualTo(expected);
  }

  @Test
  void aModelWithoutTrialsHasNoGradedTrials() {
    assertThat(message(() -> assertThat(model(MINI, 0, 0, 0)).passRate().isAtLeast(0.5)))
        .isEqualTo("pass rate of openai:gpt-4o-mini is undefined: no graded trials (0 trials, 0 errors)");
  }

  @Test
  void printsEnoughDecimalsToTellTheRateFromItsLimit() {
    ModelSummary justBelow = model(MINI, 849, 151, 0);
    assertThat(message(() -> assertThat(justBelow).passRate().isAtLeast(0.85)))
        .startsWith("pass rate of openai:gpt-4o-mini 0.849 (95% CI 0.8")
        .endsWith(") < 0.850");
  }

  @Test
  void theDescriptionGivenToTheModelPrefixesTheMessage() {
    assertThat(message(() -> assertThat(twoOfThree).as("nightly gate").passRate().isAtLeast(0.85)))
        .isEqualTo("[nightly gate] pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) < 0.85");
  }

  @Test
  void theDescriptionGivenToTheRatePrefixesTheMessage() {
    assertThat(message(() -> assertThat(twoOfThree).passRate().as("gate %d", 1).isAtMost(0.5)))
        .isEqualTo("[gate 1] pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) > 0.50");
  }

  @Test
  void aLimitOutsideZeroToOneIsAMistakeInTheTest() {
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(twoOfThree).passRate().isAtLeast(85))
        .withMessage("min must be within [0, 1], was 85.0");
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(twoOfThree).passRate().isAtMost(Double.NaN))
        .withMessage("max must be within [0, 1], was NaN");
  }
}
