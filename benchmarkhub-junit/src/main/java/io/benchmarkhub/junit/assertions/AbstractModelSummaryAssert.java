package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.error.ShouldHaveAnsweredTrials.shouldHaveAnsweredTrials;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveCostAtMost.shouldHaveCostAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveErrorsAtMost.shouldHaveErrorsAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveGradedTrials.shouldHaveGradedTrials;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveKnownCost.shouldHaveKnownCost;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveP95LatencyAtMost.shouldHaveP95LatencyAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassed.shouldHavePassed;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.Objects;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on how one model did in a run: its pass rate, mean score, errors, cost and latency.
 *
 * <p>Pass rate and mean score are over <em>graded</em> trials, and errored trials are counted apart
 * (see {@link ModelSummary}); a model with no graded trial fails every pass rate and score assertion
 * with "no graded trials" rather than passing or failing on {@code NaN}.
 *
 * @param <SELF> the concrete assertion type
 * @since 0.1.0
 */
public abstract class AbstractModelSummaryAssert<SELF extends AbstractModelSummaryAssert<SELF>>
    extends AbstractBenchmarkAssert<SELF, ModelSummary> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the model's summary
   * @param selfType the concrete assertion class
   * @since 0.1.0
   */
  protected AbstractModelSummaryAssert(ModelSummary actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Navigates to the model's pass rate: passed / (passed + failed), with its 95% Wilson interval.
   * <p>Examples, where {@code openai:gpt-4o-mini} passed 9 of 10 graded trials (0.90, 95% CI 0.60–0.98):
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtLeast(0.85);
   *
   * // assertion will fail: the lower bound 0.60 is below 0.85
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().lowerBoundIsAtLeast(0.85);
   * }</pre>
   *
   * @return an assertion on the pass rate, with this assertion's description
   * @since 0.1.0
   */
  public RateAssert passRate() {
    isNotNull();
    return describedLikeThis(new RateAssert(actual));
  }

  /**
   * Navigates to the model's mean score over graded trials, as an AssertJ number assertion described
   * "mean score of &lt;model&gt;" (after this assertion's own description, if any).
   * <p>Examples, where {@code openai:gpt-4o-mini} has a mean score of 0.82:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").meanScore().isGreaterThanOrEqualTo(0.8);
   *
   * // assertion will fail
   * assertThat(summary).model("openai:gpt-4o-mini").meanScore().isGreaterThanOrEqualTo(0.9);
   * }</pre>
   *
   * @return an assertion on the mean score
   * @throws AssertionError when the model has no graded trial, so its mean score is undefined
   * @since 0.1.0
   */
  public AbstractDoubleAssert<?> meanScore() {
    isNotNull();
    if (actual.graded() == 0) {
      throw assertionError(shouldHaveGradedTrials("mean score", actual));
    }
    return Assertions.assertThat(actual.meanScore()).as(descriptionThen("mean score of " + actual.model()));
  }

  /**
   * Verifies that none of the model's trials errored.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when every trial of the model was graded
   * assertThat(summary).model("openai:gpt-4o-mini").hasNoErrors();
   *
   * // assertion will fail when 2 of its 6 trials hit a rate limit:
   * // "openai:gpt-4o-mini has 2 errored trials of 6, expected none"
   * assertThat(summary).model("openai:gpt-4o-mini").hasNoErrors();
   * }</pre>
   *
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasNoErrors() {
    isNotNull();
    if (actual.errors() > 0) {
      throw failureWithDiff(shouldHaveNoErrors(actual), actual.errors(), 0L);
    }
    return myself;
  }

  /**
   * Verifies that at most {@code max} of the model's trials errored.
   * <p>Examples, where 1 of the model's 10 trials errored:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").hasErrorsAtMost(1);
   *
   * // assertion will fail
   * assertThat(summary).model("openai:gpt-4o-mini").hasErrorsAtMost(0);
   * }</pre>
   *
   * @param max the most errored trials allowed, 0 or more
   * @return this assertion
   * @throws IllegalArgumentException when {@code max} is negative
   * @since 0.1.0
   */
  public SELF hasErrorsAtMost(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0, was " + max);
    }
    isNotNull();
    if (actual.errors() > max) {
      throw failureWithDiff(shouldHaveErrorsAtMost(actual, max), actual.errors(), max);
    }
    return myself;
  }

  /**
   * Verifies that the model's trials cost at most {@code usd} US dollars in all. The cost must be
   * known: the assertion fails when no trial reported a cost, and when some answered trials did not
   * (then the true cost is unknown, and may be over the limit), saying which.
   * <p>Examples, where the model's 10 trials reported $0.0123 in all:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").hasCostAtMost(0.05);
   *
   * // assertion will fail: "cost of openai:gpt-4o-mini $0.0123 > $0.01"
   * assertThat(summary).model("openai:gpt-4o-mini").hasCostAtMost(0.01);
   * }</pre>
   *
   * @param usd the highest cost allowed, in US dollars, 0 or more
   * @return this assertion
   * @throws IllegalArgumentException when {@code usd} is negative or not a number
   * @since 0.1.0
   */
  public SELF hasCostAtMost(double usd) {
    if (!(usd >= 0 && usd < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("usd must be a finite amount >= 0, was " + usd);
    }
    isNotNull();
    if (actual.costUsd().isEmpty()) {
      throw assertionError(shouldHaveKnownCost(actual, usd));
    }
    double cost = actual.costUsd().getAsDouble();
    if (cost > usd) {
      throw failureWithDiff(shouldHaveCostAtMost(actual, usd), cost, usd);
    }
    if (actual.trialsWithoutCost() > 0) {
      throw assertionError(shouldHaveKnownCost(actual, usd));
    }
    return myself;
  }

  /**
   * Verifies that the 95th percentile latency of the model's answered trials is at most {@code max}.
   * Fails when no trial got an answer, since then there is no latency to judge.
   * <p>Examples, where the model's p95 latency is 1250 ms:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").hasP95LatencyAtMost(Duration.ofSeconds(2));
   *
   * // assertion will fail: "p95 latency of openai:gpt-4o-mini 1250 ms > 1000 ms"
   * assertThat(summary).model("openai:gpt-4o-mini").hasP95LatencyAtMost(Duration.ofSeconds(1));
   * }</pre>
   *
   * @param max the highest p95 latency allowed; never {@code null} nor negative
   * @return this assertion
   * @throws IllegalArgumentException when {@code max} is negative
   * @since 0.1.0
   */
  public SELF hasP95LatencyAtMost(Duration max) {
    Objects.requireNonNull(max, "max must not be null");
    if (max.isNegative()) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    isNotNull();
    if (actual.errors() == actual.trials() && actual.latencyP95().isZero()) {
      throw assertionError(shouldHaveAnsweredTrials("p95 latency", actual));
    }
    if (actual.latencyP95().compareTo(max) > 0) {
      throw failureWithDiff(shouldHaveP95LatencyAtMost(actual, max), actual.latencyP95(), max);
    }
    return myself;
  }

  /**
   * Verifies that exactly {@code expected} of the model's trials passed.
   * <p>Examples, where the model passed 9 of its 10 trials:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").hasPassed(9);
   *
   * // assertion will fail
   * assertThat(summary).model("openai:gpt-4o-mini").hasPassed(10);
   * }</pre>
   *
   * @param expected the number of passed trials expected
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasPassed(long expected) {
    isNotNull();
    if (actual.passed() != expected) {
      throw failureWithDiff(shouldHavePassed(actual, expected), actual.passed(), expected);
    }
    return myself;
  }
}
