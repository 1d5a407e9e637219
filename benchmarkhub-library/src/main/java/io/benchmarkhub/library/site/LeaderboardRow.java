package io.benchmarkhub.library.site;

import java.util.Objects;

/**
 * One model's figures in one reference run, as its summary ({@code benchmarkhub.summary/1}) gives them.
 *
 * @param model the model, {@code provider:model}
 * @param passRate the pass rate, or NaN when no trial was graded
 * @param passLow the lower bound of the pass rate's 95% interval, or NaN
 * @param passHigh the upper bound of the pass rate's 95% interval, or NaN
 * @param meanScore the mean score, or NaN
 * @param costUsd the model's cost in US dollars, or {@code null} when unknown
 * @param p50Ms the median latency in milliseconds, or NaN
 * @param p95Ms the 95th percentile of the latency in milliseconds, or NaN
 * @param trials the number of trials
 * @param errors the number of trials that ended in an error
 * @param runId the run's id
 * @param date the day the run finished, {@code yyyy-mm-dd}, or empty when unknown
 */
record LeaderboardRow(String model, double passRate, double passLow, double passHigh, double meanScore,
    Double costUsd, double p50Ms, double p95Ms, long trials, long errors, String runId, String date) {
  LeaderboardRow {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(date, "date");
  }
}
