package io.benchmarkhub.runner;

import io.benchmarkhub.api.internal.text.Dollars;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The run's spending limit ({@link Benchmark.Builder#maxCost}, else the setting {@value #SETTING}).
 *
 * <p>Every finished trial adds its cost, known after {@link Pricing}; a trial whose cost is unknown
 * (no price, or no completion) adds 0. Once the sum reaches the limit, {@link #reached()} is true, and
 * a worker that picks up a trial after that records it {@link TrialStatus#SKIPPED} with a
 * {@value TrialError#BUDGET_KIND} error instead of running it. Trials already running finish, so with
 * concurrency {@code c} at most {@code c - 1} trials beyond the one that reached the limit are paid
 * for. Thread-safe.
 */
final class Budget {
  /** The setting that sets the limit in USD, when the builder did not. */
  static final String SETTING = "max-cost";
  /** Sums of doubles drift; a sum within this many dollars of the limit has reached it. */
  private static final double TOLERANCE = 1e-9;

  /** Null when there is no limit. */
  private final Double limitUsd;
  private double spentUsd;

  private Budget(Double limitUsd) {
    this.limitUsd = limitUsd;
  }

  /**
   * {@return the benchmark's budget: the builder's maxCost, else the setting, else none}
   *
   * @throws io.benchmarkhub.api.BenchmarkException when the setting is not a positive number
   */
  static Budget of(Benchmark benchmark, Settings settings) {
    OptionalDouble builder = benchmark.maxCost();
    if (builder.isPresent()) {
      return new Budget(builder.getAsDouble());
    }
    return new Budget(settings.get(SETTING).map(v -> {
      try {
        double usd = Double.parseDouble(v);
        if (usd > 0 && Double.isFinite(usd)) {
          return usd;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw Settings.invalid(SETTING, v, "a positive number of US dollars, e.g. 5 or 0.25");
    }).orElse(null));
  }

  /** {@return the limit in USD, when there is one} */
  OptionalDouble limit() {
    return limitUsd == null ? OptionalDouble.empty() : OptionalDouble.of(limitUsd);
  }

  /** {@return the result, after adding its cost to what the run has spent} */
  TrialResult spend(TrialResult result) {
    if (limitUsd != null && result.completion() != null && result.completion().usage().costUsd().isPresent()) {
      synchronized (this) {
        spentUsd += result.completion().usage().costUsd().getAsDouble();
      }
    }
    return result;
  }

  /** {@return whether the run has spent its budget; never true without a limit} */
  synchronized boolean reached() {
    return limitUsd != null && spentUsd >= limitUsd - TOLERANCE;
  }

  /**
   * {@return whether the run's spending plus a running trial's own so far reaches the budget}: a
   * subject's trial asks before each call, so its calls stop once they would pass the budget (other
   * trials' calls in flight are not counted until those trials finish)
   */
  synchronized boolean reachedWith(double trialSpentUsd) {
    return limitUsd != null && spentUsd + trialSpentUsd >= limitUsd - TOLERANCE;
  }

  /** {@return the error of a subject's trial whose next call is not sent because the budget is reached} */
  TrialError stopCall(int call, double trialSpentUsd) {
    double spent;
    synchronized (this) {
      spent = spentUsd + trialSpentUsd;
    }
    return new TrialError(TrialError.Phase.PROVIDER, TrialError.BUDGET_KIND, "budget of " + Dollars.format(limitUsd)
        + " reached after " + Dollars.format(spent) + " (this trial's calls included): call " + call
        + " of the subject was not sent");
  }

  /** {@return the trial recorded as not run because the budget is reached} */
  TrialResult skip(Trial trial) {
    double spent;
    synchronized (this) {
      spent = spentUsd;
    }
    return trial.skipped(new TrialError(TrialError.Phase.PROVIDER, TrialError.BUDGET_KIND,
        "budget of " + Dollars.format(limitUsd) + " reached after " + Dollars.format(spent) + ": not run"));
  }

  /**
   * {@return a warning when there is a limit and some models have no price}: their trials count 0
   * toward the budget, so the run may spend more than the limit
   */
  Optional<String> unpricedWarning(Benchmark benchmark, Pricing pricing) {
    if (limitUsd == null) {
      return Optional.empty();
    }
    List<io.benchmarkhub.api.ModelRef> unpriced = pricing.unpriced(benchmark.models());
    if (unpriced.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("budget of " + Dollars.format(limitUsd) + " set, but " + Pricing.missingPrice(unpriced)
        + " Until then their trials count $0 toward the budget, unless the provider reports a cost.");
  }
}
