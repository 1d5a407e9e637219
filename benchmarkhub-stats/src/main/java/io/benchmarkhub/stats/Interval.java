package io.benchmarkhub.stats;

/**
 * A confidence interval: a point estimate between a lower and an upper bound.
 *
 * @param estimate the point estimate
 * @param lower the lower bound
 * @param upper the upper bound
 * @param confidence the confidence level, e.g. 0.95
 */
public record Interval(double estimate, double lower, double upper, double confidence) {

  /** An interval of nothing: every value NaN. */
  public static Interval undefined(double confidence) {
    return new Interval(Double.NaN, Double.NaN, Double.NaN, confidence);
  }

  /** Checks the values. */
  public Interval {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
    }
  }

  /** {@return upper minus lower} */
  public double width() {
    return upper - lower;
  }
}
