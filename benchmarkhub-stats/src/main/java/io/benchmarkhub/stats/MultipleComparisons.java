package io.benchmarkhub.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a family of tests, such as one paired test per benchmark or per pair of
 * models, so that reporting "significant" differences keeps its meaning.
 *
 * <p>Both methods return the adjusted p-values in the order of the input and agree with R's {@code
 * p.adjust}: an adjusted p-value is compared with the level directly (reject when it is at most
 * 0.05). NaN p-values, such as those of tests on no data, stay NaN and do not count towards the
 * number of tests, as in {@code p.adjust}.
 */
public final class MultipleComparisons {
  private MultipleComparisons() {}

  /**
   * Holm's step-down adjustment (Holm 1979, "A simple sequentially rejective multiple test
   * procedure"), which controls the family-wise error rate and is uniformly more powerful than
   * Bonferroni: with the m p-values sorted ascending, the i-th (from 1) is multiplied by m - i + 1,
   * then a running maximum makes the adjusted values monotone, and they are capped at 1. Ties keep
   * their input order, which does not change the result.
   *
   * @param pValues the raw p-values, each within [0, 1] or NaN; not modified
   * @return the adjusted p-values, in the input order
   * @throws IllegalArgumentException when a p-value is outside [0, 1]
   */
  public static double[] holm(double[] pValues) {
    int[] order = ascending(pValues);
    int m = order.length;
    double[] adjusted = nanCopy(pValues.length);
    double running = 0;
    for (int i = 0; i < m; i++) {
      running = Math.max(running, Math.min(1, (m - i) * pValues[order[i]]));
      adjusted[order[i]] = running;
    }
    return adjusted;
  }

  /**
   * The Benjamini-Hochberg adjustment (Benjamini and Hochberg 1995, "Controlling the false discovery
   * rate"), which controls the false discovery rate for independent or positively dependent tests:
   * with the m p-values sorted ascending, the i-th (from 1) is multiplied by m / i, then a running
   * minimum from the largest makes the adjusted values (q-values) monotone, and they are capped at 1.
   *
   * @param pValues the raw p-values, each within [0, 1] or NaN; not modified
   * @return the adjusted p-values, in the input order
   * @throws IllegalArgumentException when a p-value is outside [0, 1]
   */
  public static double[] benjaminiHochberg(double[] pValues) {
    int[] order = ascending(pValues);
    int m = order.length;
    double[] adjusted = nanCopy(pValues.length);
    double running = 1;
    for (int i = m - 1; i >= 0; i--) {
      running = Math.min(running, (double) m / (i + 1) * pValues[order[i]]);
      adjusted[order[i]] = running;
    }
    return adjusted;
  }

  /** {@return the indices of the non-NaN p-values, by ascending p-value, after checking them all} */
  private static int[] ascending(double[] pValues) {
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("pValues[" + i + "] must be within [0, 1] or NaN, was " + p);
      }
    }
    return IntStream.range(0, pValues.length)
        .filter(i -> !Double.isNaN(pValues[i]))
        .boxed()
        .sorted((a, b) -> Double.compare(pValues[a], pValues[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static double[] nanCopy(int length) {
    double[] values = new double[length];
    Arrays.fill(values, Double.NaN);
    return values;
  }
}
