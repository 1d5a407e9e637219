package io.benchmarkhub.stats;

import java.util.Arrays;

/**
 * Quantiles of a sample, such as the p50 and p95 of latencies.
 *
 * <p>Uses linear interpolation between closest ranks (R's type 7, Excel's PERCENTILE.INC, NumPy's
 * default), so reports agree with the tools readers check them with.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The {@code p}-quantile of the values.
   *
   * @param values the sample; not modified
   * @param p the quantile within [0, 1], e.g. 0.95
   * @return the quantile, or NaN for an empty sample
   * @throws IllegalArgumentException when p is outside [0, 1]
   */
  public static double quantile(long[] values, double p) {
    return quantileOfSorted(sortedCopy(values), p);
  }

  /**
   * The {@code p}-quantile of values that are already sorted ascending (to take several quantiles
   * of one sample with a single sort).
   *
   * @param sorted the sample, ascending
   * @param p the quantile within [0, 1]
   * @return the quantile, or NaN for an empty sample
   * @throws IllegalArgumentException when p is outside [0, 1]
   */
  public static double quantileOfSorted(long[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be within [0, 1], was " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** {@return a sorted copy of the values} */
  public static long[] sortedCopy(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
