package io.benchmarkhub.runner;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One gate threshold, checked against one model's summary: the same check for a {@code @Gate} in the
 * JUnit engine and a {@code gates:} entry of a benchmark file run by the command line.
 *
 * <p>The pass rate and the mean score are judged on the lower bound of their 95% interval (Wilson for
 * the pass rate, t for the mean score) unless {@code pointEstimate} is set; cost and latency as measured.
 * A figure that is undefined (no graded trial, an unknown cost) fails the gate rather than passing on
 * nothing.
 *
 * @param kind what is measured
 * @param threshold the limit: a fraction within [0, 1] for the pass rate and the mean score, US dollars
 *     for the cost, milliseconds for the latency
 * @param pointEstimate whether the pass rate and the mean score are judged on the point estimate
 */
public record GateCheck(Kind kind, double threshold, boolean pointEstimate) {

  /** What a gate measures; the segment name is the gate's name in test ids and messages. */
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

    /** {@return the name used in unique ids and display names, e.g. {@code pass-rate}} */
    public String segment() {
      return segment;
    }

    /** {@return the kind with this segment name, when there is one} */
    public static Optional<Kind> ofSegment(String segment) {
      for (Kind k : values()) {
        if (k.segment.equals(segment)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException when a rate or score is outside [0, 1], or a cost or latency is
   *     negative or not finite
   */
  public GateCheck {
    Objects.requireNonNull(kind, "kind");
    boolean fraction = kind == Kind.PASS_RATE || kind == Kind.MEAN_SCORE;
    if (fraction ? !(threshold >= 0 && threshold <= 1) : !(threshold >= 0 && threshold < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(kind.segment() + " threshold must be " + (fraction ? "within [0, 1]"
          : "a finite number >= 0") + ", was " + threshold);
    }
  }

  /** {@return how the gate reads in a test name or a message, e.g. "pass-rate ≥ 0.85 (95% lower bound)"} */
  public String describe() {
    String bound = pointEstimate ? "" : " (95% lower bound)";
    return switch (kind) {
      case PASS_RATE -> "pass-rate ≥ " + Figures.plain(threshold) + bound;
      case MEAN_SCORE -> "mean-score ≥ " + Figures.plain(threshold) + bound;
      case MAX_COST -> "cost ≤ $" + Figures.plain(threshold);
      case P95_LATENCY -> "p95-latency ≤ " + (long) threshold + " ms";
    };
  }

  /**
   * Checks a model's summary.
   *
   * @param m the model's summary
   * @return empty when the gate holds, else why not, with the numbers (worded by {@link GateMessages})
   */
  public Optional<String> violation(ModelSummary m) {
    return Optional.ofNullable(switch (kind) {
      case PASS_RATE -> m.graded() == 0 ? GateMessages.noGradedTrials("pass rate", m)
          : pointEstimate ? (m.passRate() >= threshold ? null : GateMessages.passRateBelow(m, threshold))
          : (m.passRateLow() >= threshold ? null : GateMessages.passRateLowerBoundBelow(m, threshold));
      case MEAN_SCORE -> m.graded() == 0 ? GateMessages.noGradedTrials("mean score", m)
          : pointEstimate ? (m.meanScore() >= threshold ? null : GateMessages.meanScoreBelow(m, threshold))
          : (m.meanScoreLow() >= threshold ? null : GateMessages.meanScoreLowerBoundBelow(m, threshold));
      case MAX_COST -> m.costUsd().isEmpty() || m.trialsWithoutCost() > 0 ? GateMessages.costUnknown(m, threshold)
          : m.costUsd().getAsDouble() <= threshold ? null : GateMessages.costAbove(m, threshold);
      case P95_LATENCY -> m.latencyP95().toMillis() <= threshold ? null
          : GateMessages.p95LatencyAbove(m, Duration.ofMillis((long) threshold));
    });
  }
}
