package io.benchmarkhub.junit.internal;

import static io.benchmarkhub.junit.assertions.error.ShouldHaveCostAtMost.shouldHaveCostAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveGradedTrials.shouldHaveGradedTrials;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveKnownCost.shouldHaveKnownCost;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveP95LatencyAtMost.shouldHaveP95LatencyAtMost;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateAtLeast.shouldHavePassRateAtLeast;
import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateLowerBoundAtLeast.shouldHavePassRateLowerBoundAtLeast;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.Locale;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * One threshold of a {@code @Gate}, checked against one model's summary.
 *
 * @param kind what is measured
 * @param threshold the limit
 * @param pointEstimate whether the pass rate and the mean score are judged on the point estimate (else on
 *     the lower bound of their 95% interval)
 */
public record GateRule(Kind kind, double threshold, boolean pointEstimate) {

  /** What a gate measures; the segment name is the gate's unique-id value. */
  public enum Kind {
    /** Pass rate at least the threshold. */
    PASS_RATE("pass-rate"),
    /** Mean score at least the threshold. */
    MEAN_SCORE("mean-score"),
    /** Cost at most the threshold, in US dollars. */
    MAX_COST("max-cost"),
    /** 95th-percentile latency at most the threshold, in milliseconds. */
    P95_LATENCY("p95-latency");

    private final String segment;

    Kind(String segment) {
      this.segment = segment;
    }

    /** {@return the name used in unique ids and display names} */
    public String segment() {
      return segment;
    }

    /** {@return the kind with this segment name, or null} */
    static Kind ofSegment(String segment) {
      for (Kind k : values()) {
        if (k.segment.equals(segment)) {
          return k;
        }
      }
      return null;
    }
  }

  /** {@return how the gate reads in a test name, e.g. "pass-rate ≥ 0.85"} */
  public String describe() {
    return switch (kind) {
      case PASS_RATE -> "pass-rate ≥ " + number(threshold) + (pointEstimate ? "" : " (95% lower bound)");
      case MEAN_SCORE -> "mean-score ≥ " + number(threshold) + (pointEstimate ? "" : " (95% lower bound)");
      case MAX_COST -> "cost ≤ $" + number(threshold);
      case P95_LATENCY -> "p95-latency ≤ " + (long) threshold + " ms";
    };
  }

  /**
   * Checks a model's summary, worded as the assertions of {@code io.benchmarkhub.junit.assertions}
   * word the same check.
   *
   * @param m the model's summary
   * @return null when the gate holds, else why not, with the numbers
   */
  public String violation(ModelSummary m) {
    return switch (kind) {
      case PASS_RATE -> m.graded() == 0 ? text(shouldHaveGradedTrials("pass rate", m))
          : pointEstimate ? (m.passRate() >= threshold ? null : text(shouldHavePassRateAtLeast(m, threshold)))
          : (m.passRateLow() >= threshold ? null : text(shouldHavePassRateLowerBoundAtLeast(m, threshold)));
      case MEAN_SCORE -> m.graded() == 0 ? text(shouldHaveGradedTrials("mean score", m))
          : pointEstimate ? (m.meanScore() >= threshold ? null
              : String.format(Locale.ROOT, "mean score of %s %.3f < %s", m.model(), m.meanScore(), number(threshold)))
          : Double.isNaN(m.meanScoreLow()) ? String.format(Locale.ROOT, "mean score of %s %.3f has no confidence "
              + "interval from %d graded trial; grade more, or judge the point estimate (pointEstimate = true)",
              m.model(), m.meanScore(), m.graded())
          : m.meanScoreLow() >= threshold ? null
          : String.format(Locale.ROOT, "mean score of %s %.3f (95%% CI %.3f–%.3f, %d graded) lower bound %.3f < %s",
              m.model(), m.meanScore(), m.meanScoreLow(), m.meanScoreHigh(), m.graded(), m.meanScoreLow(),
              number(threshold));
      case MAX_COST -> m.costUsd().isEmpty() || m.trialsWithoutCost() > 0 ? text(shouldHaveKnownCost(m, threshold))
          : m.costUsd().getAsDouble() <= threshold ? null : text(shouldHaveCostAtMost(m, threshold));
      case P95_LATENCY -> m.latencyP95().toMillis() <= threshold ? null
          : text(shouldHaveP95LatencyAtMost(m, Duration.ofMillis((long) threshold)));
    };
  }

  private static String text(ErrorMessageFactory failure) {
    return failure.create().strip();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }
}
