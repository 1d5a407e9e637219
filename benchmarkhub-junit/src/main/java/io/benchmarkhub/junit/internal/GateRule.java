package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.ModelSummary;
import java.util.Locale;

/**
 * One threshold of a {@code @Gate}, checked against one model's summary.
 *
 * @param kind what is measured
 * @param threshold the limit
 * @param pointEstimate whether the pass rate is judged on the point estimate (else its lower 95% bound)
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
      case MEAN_SCORE -> "mean-score ≥ " + number(threshold);
      case MAX_COST -> "cost ≤ $" + number(threshold);
      case P95_LATENCY -> "p95-latency ≤ " + (long) threshold + " ms";
    };
  }

  /**
   * Checks a model's summary.
   *
   * @param m the model's summary
   * @return null when the gate holds, else why not, with the numbers
   */
  public String violation(ModelSummary m) {
    return switch (kind) {
      case PASS_RATE -> {
        if (m.graded() == 0) {
          yield "pass rate of " + m.model() + " is undefined: no trial was graded (" + m.errors() + " errors)";
        }
        double judged = pointEstimate ? m.passRate() : m.passRateLow();
        yield judged >= threshold ? null : String.format(Locale.ROOT,
            "pass rate of %s %.3f (95%% CI %.3f–%.3f, %d of %d graded)%s < %s",
            m.model(), m.passRate(), m.passRateLow(), m.passRateHigh(), m.passed(), m.graded(),
            pointEstimate ? "" : String.format(Locale.ROOT, ", lower bound %.3f", m.passRateLow()), number(threshold));
      }
      case MEAN_SCORE -> {
        if (m.graded() == 0) {
          yield "mean score of " + m.model() + " is undefined: no trial was graded (" + m.errors() + " errors)";
        }
        yield m.meanScore() >= threshold ? null
            : String.format(Locale.ROOT, "mean score of %s %.3f < %s", m.model(), m.meanScore(), number(threshold));
      }
      case MAX_COST -> {
        if (m.costUsd().isEmpty()) {
          yield "cost of " + m.model() + " is unknown: the provider reports no cost and no price is configured";
        }
        double cost = m.costUsd().getAsDouble();
        yield cost <= threshold ? null : String.format(Locale.ROOT, "cost of %s $%.6f%s > $%s", m.model(), cost,
            m.trialsWithoutCost() > 0 ? " (at least; " + m.trialsWithoutCost() + " trials without cost)" : "",
            number(threshold));
      }
      case P95_LATENCY -> {
        long p95 = m.latencyP95().toMillis();
        yield p95 <= threshold ? null
            : "p95 latency of " + m.model() + " " + p95 + " ms > " + (long) threshold + " ms";
      }
    };
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }
}
