package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.stats.Interval;
import io.benchmarkhub.stats.Means;
import io.benchmarkhub.stats.Proportions;
import io.benchmarkhub.stats.Quantiles;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Adds up one model's trials into a {@link ModelSummary}: counts, scores, tokens, cost, judge cost,
 * latencies.
 * Holds one {@code long} per answered trial (its latency) and nothing else per trial. Not thread-safe.
 */
final class ModelTally {
  static final double CONFIDENCE = 0.95;

  private final String model;
  private long trials;
  private long passed;
  private long failed;
  private long errors;
  private long skipped;
  private double scoreSum;
  /** Welford's running mean and sum of squared deviations of graded scores. */
  private double scoreMean;
  private double scoreM2;
  private long inputTokens;
  private long outputTokens;
  private double cost;
  private boolean anyCost;
  private long withoutCost;
  private double judgeCost;
  private boolean anyJudgeCost;
  private long[] latencies = new long[64];
  private int answered;

  ModelTally(String model) {
    this.model = model;
  }

  void add(TrialResult r) {
    trials++;
    switch (r.status()) {
      case PASS -> {
        passed++;
        addScore(r.score());
      }
      case FAIL -> {
        failed++;
        addScore(r.score());
      }
      case ERROR -> errors++;
      case SKIPPED -> skipped++;
    }
    for (io.benchmarkhub.api.Verdict v : r.verdicts()) {
      if (v.usage().costUsd().isPresent()) {
        judgeCost += v.usage().costUsd().getAsDouble();
        anyJudgeCost = true;
      }
    }
    Completion c = r.completion();
    if (c != null) {
      inputTokens += c.usage().inputTokens();
      outputTokens += c.usage().outputTokens();
      if (c.usage().costUsd().isPresent()) {
        cost += c.usage().costUsd().getAsDouble();
        anyCost = true;
      } else {
        withoutCost++;
      }
      if (answered == latencies.length) {
        latencies = Arrays.copyOf(latencies, answered * 2);
      }
      latencies[answered++] = c.latency().toNanos();
    }
  }

  private void addScore(double score) {
    scoreSum += score;
    long n = passed + failed;
    double delta = score - scoreMean;
    scoreMean += delta / n;
    scoreM2 += delta * (score - scoreMean);
  }

  ModelSummary summary() {
    long graded = passed + failed;
    Interval rate = Proportions.wilson(passed, graded, CONFIDENCE);
    Interval mean = Means.tInterval(graded, graded == 0 ? 0 : scoreSum / graded,
        graded < 2 ? 0 : Math.max(0, scoreM2 / (graded - 1)), CONFIDENCE);
    long[] sorted = Quantiles.sortedCopy(Arrays.copyOf(latencies, answered));
    return new ModelSummary(model, trials, passed, failed, errors, skipped,
        rate.estimate(), rate.lower(), rate.upper(), graded == 0 ? Double.NaN : scoreSum / graded,
        Math.max(0, mean.lower()), Math.min(1, mean.upper()),
        inputTokens, outputTokens, anyCost ? OptionalDouble.of(cost) : OptionalDouble.empty(), withoutCost,
        nanos(Quantiles.quantileOfSorted(sorted, 0.50)), nanos(Quantiles.quantileOfSorted(sorted, 0.95)),
        anyJudgeCost ? OptionalDouble.of(judgeCost) : OptionalDouble.empty());
  }

  private static Duration nanos(double value) {
    return Double.isNaN(value) ? Duration.ZERO : Duration.ofNanos(Math.round(value));
  }
}
