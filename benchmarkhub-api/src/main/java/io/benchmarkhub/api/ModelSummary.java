package io.benchmarkhub.api;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one model did on a run.
 *
 * <p>The pass rate and mean score are over <em>graded</em> trials (passed + failed); errors are
 * counted apart in {@link #errors()} and never as failures, so an outage does not read as a bad
 * model, nor a flaky one as a good one: look at both.
 *
 * @param model the model's id
 * @param trials all trials run
 * @param passed trials every judge passed
 * @param failed trials some judge failed
 * @param errors trials that could not be graded
 * @param skipped trials not run because the model's provider was unavailable
 * @param passRate passed / (passed + failed), NaN when nothing was graded
 * @param passRateLow lower bound of the 95% Wilson interval of the pass rate, NaN when nothing was graded
 * @param passRateHigh upper bound of the 95% Wilson interval, NaN when nothing was graded
 * @param meanScore mean score of graded trials, NaN when nothing was graded
 * @param meanScoreLow lower bound of the 95% t interval of the mean score, at least 0; NaN with fewer
 *     than two graded trials
 * @param meanScoreHigh upper bound of the 95% t interval of the mean score, at most 1; NaN with fewer
 *     than two graded trials
 * @param inputTokens input tokens summed over all trials
 * @param outputTokens output tokens summed over all trials
 * @param costUsd the summed cost of the trials whose cost is known; empty when none is known
 * @param trialsWithoutCost trials that answered but whose cost is unknown
 * @param latencyP50 median latency of trials that got an answer
 * @param latencyP95 95th percentile latency of trials that got an answer
 * @param judgeCostUsd the summed cost of grading (the judge models' answers), counted apart from
 *     {@code costUsd}; empty when no judge asked a model or none of their costs is known
 */
public record ModelSummary(String model, long trials, long passed, long failed, long errors, long skipped,
    double passRate, double passRateLow, double passRateHigh, double meanScore, double meanScoreLow,
    double meanScoreHigh,
    long inputTokens, long outputTokens, OptionalDouble costUsd, long trialsWithoutCost,
    Duration latencyP50, Duration latencyP95, OptionalDouble judgeCostUsd) {

  /** Checks the values. */
  public ModelSummary {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(costUsd, "costUsd");
    Objects.requireNonNull(latencyP50, "latencyP50");
    Objects.requireNonNull(latencyP95, "latencyP95");
    Objects.requireNonNull(judgeCostUsd, "judgeCostUsd");
    if (passed + failed + errors + skipped != trials) {
      throw new IllegalArgumentException("passed + failed + errors + skipped must equal trials for " + model);
    }
  }

  /** {@return passed + failed} */
  public long graded() {
    return passed + failed;
  }
}
