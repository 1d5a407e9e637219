package io.benchmarkhub.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Confidence intervals for the mean of a sample, such as a mean judge score over cases.
 *
 * <p>The t interval is the textbook choice and is exact for normal data; the percentile bootstrap
 * makes no shape assumption but needs a moderate sample (it is somewhat too narrow below about 20
 * values). Both return the sample mean as the estimate.
 */
public final class Means {
  private Means() {}

  /**
   * Student's t interval for the mean: {@code mean ± t(1 - alpha/2, n - 1) · s / √n}, where s is the
   * sample standard deviation (n - 1 denominator) and alpha = 1 - confidence (e.g. Moore, McCabe and
   * Craig, <i>Introduction to the Practice of Statistics</i>, section 7.1).
   *
   * <p>Edge cases: no values give an {@link Interval#undefined undefined} interval; a single value
   * gives that value as the estimate with NaN bounds (no spread can be estimated from one value);
   * values that are all equal give a zero-width interval at that value.
   *
   * @param values the sample; not modified
   * @param confidence the confidence level, e.g. 0.95
   * @return the interval around the sample mean
   * @throws IllegalArgumentException when the level is outside (0, 1) or a value is NaN or infinite
   */
  public static Interval tInterval(double[] values, double confidence) {
    Checks.confidence(confidence);
    Checks.finite("values", values);
    int n = values.length;
    if (n == 0) {
      return Interval.undefined(confidence);
    }
    double mean = StatUtils.mean(values);
    if (n == 1) {
      return new Interval(mean, Double.NaN, Double.NaN, confidence);
    }
    if (allEqual(values)) {
      return new Interval(values[0], values[0], values[0], confidence);
    }
    double sd = Math.sqrt(StatUtils.variance(values, mean));
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double half = t * sd / Math.sqrt(n);
    return new Interval(mean, mean - half, mean + half, confidence);
  }

  /**
   * Student's t interval for the mean from summary statistics, for a caller that keeps a running
   * count, mean and variance (Welford) instead of the values: the same interval as
   * {@link #tInterval(double[], double)} on values with these statistics.
   *
   * @param n how many values
   * @param mean their mean
   * @param variance their sample variance (n - 1 denominator); ignored when n is 1
   * @param confidence the confidence level, e.g. 0.95
   * @return the interval: undefined for n = 0, NaN bounds for n = 1, zero width for zero variance
   * @throws IllegalArgumentException when the level is outside (0, 1), n is negative, or the mean or
   *     variance is not finite (or the variance is negative)
   */
  public static Interval tInterval(long n, double mean, double variance, double confidence) {
    Checks.confidence(confidence);
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    if (n == 0) {
      return Interval.undefined(confidence);
    }
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite, was " + mean);
    }
    if (n == 1) {
      return new Interval(mean, Double.NaN, Double.NaN, confidence);
    }
    if (!(variance >= 0) || Double.isInfinite(variance)) {
      throw new IllegalArgumentException("variance must be finite and >= 0, was " + variance);
    }
    if (variance == 0) {
      return new Interval(mean, mean, mean, confidence);
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double half = t * Math.sqrt(variance / n);
    return new Interval(mean, mean - half, mean + half, confidence);
  }

  /**
   * A percentile bootstrap interval for the mean (Efron and Tibshirani, <i>An Introduction to the
   * Bootstrap</i>, 1993, chapter 13): draws {@code resamples} samples of size n with replacement
   * from the values, takes the mean of each, and returns the alpha/2 and 1 - alpha/2 quantiles of
   * those means (linear interpolation, R's type 7, as in {@link Quantiles}), where alpha = 1 -
   * confidence. The estimate is the mean of the original sample.
   *
   * <p>Deterministic: the draws come from a {@link Well19937c} generator seeded with {@code seed},
   * so the same values, level, resamples and seed always give the same interval, on any JVM. A few
   * thousand resamples (e.g. 2000 for 95%) make the bounds stable to within a small fraction of the
   * width.
   *
   * <p>Edge cases: no values give an {@link Interval#undefined undefined} interval; a single value,
   * or values that are all equal, give a zero-width interval at that value.
   *
   * @param values the sample; not modified
   * @param confidence the confidence level, e.g. 0.95
   * @param resamples how many bootstrap samples to draw, at least 1
   * @param seed the seed of the random generator
   * @return the interval around the sample mean
   * @throws IllegalArgumentException when the level is outside (0, 1), resamples is below 1 or a
   *     value is NaN or infinite
   */
  public static Interval bootstrap(double[] values, double confidence, int resamples, long seed) {
    Checks.confidence(confidence);
    Checks.resamples(resamples);
    Checks.finite("values", values);
    int n = values.length;
    if (n == 0) {
      return Interval.undefined(confidence);
    }
    double mean = StatUtils.mean(values);
    if (allEqual(values)) {
      return new Interval(values[0], values[0], values[0], confidence);
    }
    RandomGenerator random = new Well19937c(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(means);
    double alpha = 1 - confidence;
    double lower = percentile.evaluate(100 * alpha / 2);
    double upper = percentile.evaluate(100 * (1 - alpha / 2));
    return new Interval(mean, lower, upper, confidence);
  }

  /** {@return whether every value equals the first (no spread; rounding cannot fake one)} */
  static boolean allEqual(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }
}
