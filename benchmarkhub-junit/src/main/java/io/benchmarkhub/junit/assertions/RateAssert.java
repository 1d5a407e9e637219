package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.error.ShouldHaveGradedTrials.shouldHaveGradedTrials;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateAtLeast.shouldHavePassRateAtLeast;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateAtMost.shouldHavePassRateAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateLowerBoundAtLeast.shouldHavePassRateLowerBoundAtLeast;

import io.benchmarkhub.api.ModelSummary;

/**
 * Assertions on a model's pass rate, judged either on the point estimate or, more strictly, on the
 * lower bound of its 95% Wilson interval. Every failure shows the estimate and the interval, e.g.
 * {@code pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94) lower bound 0.21 < 0.85}, and
 * every assertion fails with "no graded trials" when the model has none, since its pass rate is then
 * undefined. Get one from {@link ModelSummaryAssert#passRate()}.
 *
 * @since 0.1.0
 */
public class RateAssert extends AbstractBenchmarkAssert<RateAssert, ModelSummary> {

  /**
   * Creates an assertion on the pass rate of {@code actual}.
   *
   * @param actual the model's summary
   * @since 0.1.0
   */
  public RateAssert(ModelSummary actual) {
    super(actual, RateAssert.class);
  }

  /**
   * Verifies that the pass rate's point estimate is at least {@code min}.
   * <p>Examples, where the model passed 9 of 10 graded trials (0.90):
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtLeast(0.85);
   *
   * // assertion will fail: "pass rate of openai:gpt-4o-mini 0.90 (95% CI 0.60–0.98) < 0.95"
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtLeast(0.95);
   * }</pre>
   *
   * @param min the lowest pass rate allowed, within [0, 1]
   * @return this assertion
   * @throws IllegalArgumentException when {@code min} is not within [0, 1]
   * @since 0.1.0
   */
  public RateAssert isAtLeast(double min) {
    checkRate("min", min);
    isGraded();
    if (actual.passRate() < min) {
      throw failureWithDiff(shouldHavePassRateAtLeast(actual, min), actual.passRate(), min);
    }
    return myself;
  }

  /**
   * Verifies that the pass rate's point estimate is at most {@code max}, e.g. that a known-bad model
   * or prompt still fails a benchmark, so the benchmark discriminates.
   * <p>Examples, where the model passed 9 of 10 graded trials (0.90):
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtMost(0.95);
   *
   * // assertion will fail: "pass rate of openai:gpt-4o-mini 0.90 (95% CI 0.60–0.98) > 0.50"
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtMost(0.5);
   * }</pre>
   *
   * @param max the highest pass rate allowed, within [0, 1]
   * @return this assertion
   * @throws IllegalArgumentException when {@code max} is not within [0, 1]
   * @since 0.1.0
   */
  public RateAssert isAtMost(double max) {
    checkRate("max", max);
    isGraded();
    if (actual.passRate() > max) {
      throw failureWithDiff(shouldHavePassRateAtMost(actual, max), actual.passRate(), max);
    }
    return myself;
  }

  /**
   * Verifies that the lower bound of the pass rate's 95% Wilson interval is at least {@code min}: the
   * model passes only if it is, with 95% confidence, at least that good, not merely lucky on a small
   * dataset.
   * <p>Examples, where the model passed 9 of 10 graded trials (0.90, 95% CI 0.60–0.98):
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().lowerBoundIsAtLeast(0.5);
   *
   * // assertion will fail:
   * // "pass rate of openai:gpt-4o-mini 0.90 (95% CI 0.60–0.98) lower bound 0.60 < 0.85"
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().lowerBoundIsAtLeast(0.85);
   * }</pre>
   *
   * @param min the lowest lower bound allowed, within [0, 1]
   * @return this assertion
   * @throws IllegalArgumentException when {@code min} is not within [0, 1]
   * @since 0.1.0
   */
  public RateAssert lowerBoundIsAtLeast(double min) {
    checkRate("min", min);
    isGraded();
    if (actual.passRateLow() < min) {
      throw failureWithDiff(shouldHavePassRateLowerBoundAtLeast(actual, min), actual.passRateLow(), min);
    }
    return myself;
  }

  private void isGraded() {
    isNotNull();
    if (actual.graded() == 0 || Double.isNaN(actual.passRate())) {
      throw assertionError(shouldHaveGradedTrials("pass rate", actual));
    }
  }

  private static void checkRate(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
    }
  }
}
