package io.benchmarkhub.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Classical test theory item analysis of a subjects × items score matrix: how hard each item is,
 * how well it separates high from low scorers, and how consistently the items measure one thing
 * (Cronbach's alpha).
 *
 * <p>Scores are any finite numbers — typically 0/1 (fail/pass) or a partial credit in [0, 1]. A
 * subject with a missing score (NaN) in any item is left out of every statistic (listwise deletion,
 * as SPSS RELIABILITY does), so all statistics describe the same subjects; {@link
 * Report#excludedSubjects()} counts them. Variances are sample variances (n − 1); alpha does not
 * depend on the choice, as long as it is the same for items and total.
 */
public final class ItemAnalysis {
  private ItemAnalysis() {}

  /**
   * The statistics of one item.
   *
   * @param index the item's column in the score matrix
   * @param difficulty the mean score (for 0/1 items the proportion passing, so higher means easier);
   *     NaN without subjects
   * @param pointBiserial Pearson's r of the item score with the total score (the point-biserial
   *     correlation for 0/1 items); includes the item itself, so it runs high for few items; NaN when
   *     the item or the total has no variance, or fewer than two subjects
   * @param correctedItemTotal Pearson's r of the item score with the total of the other items; NaN
   *     when either has no variance (always for a single item)
   * @param alphaIfDeleted Cronbach's alpha of the other items; NaN with fewer than three items
   */
  public record Item(int index, double difficulty, double pointBiserial, double correctedItemTotal, double alphaIfDeleted) {}

  /**
   * The item analysis of a score matrix.
   *
   * @param subjects the number of subjects used (without a missing score)
   * @param excludedSubjects the number of subjects left out for a missing score
   * @param cronbachsAlpha Cronbach's alpha of all items, see {@link #cronbachsAlpha(double[][])}
   * @param items the statistics of each item, in column order
   */
  public record Report(int subjects, int excludedSubjects, double cronbachsAlpha, List<Item> items) {
    /** Copies the items. */
    public Report {
      items = List.copyOf(items);
    }
  }

  /**
   * Item difficulty, point-biserial and corrected item-total correlations, Cronbach's alpha and
   * alpha if each item is deleted.
   *
   * @param scores scores[s][i] is subject s's score on item i, NaN when missing; every row the same
   *     length
   * @return the report; an empty matrix gives no items and a NaN alpha
   * @throws IllegalArgumentException when the rows differ in length or a score is infinite
   */
  public static Report analyse(double[][] scores) {
    Complete data = complete(scores);
    double[][] x = data.scores;
    int n = x.length;
    int k = data.items;
    double[] totals = new double[n];
    for (int s = 0; s < n; s++) {
      for (int i = 0; i < k; i++) {
        totals[s] += x[s][i];
      }
    }
    double[][] columns = new double[k][n];
    double[] variances = new double[k];
    double sumOfVariances = 0;
    for (int i = 0; i < k; i++) {
      for (int s = 0; s < n; s++) {
        columns[i][s] = x[s][i];
      }
      variances[i] = variance(columns[i]);
      sumOfVariances += variances[i];
    }
    double alpha = alpha(k, sumOfVariances, totals);
    List<Item> items = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] rest = new double[n];
      for (int s = 0; s < n; s++) {
        rest[s] = totals[s] - columns[i][s];
      }
      items.add(
          new Item(
              i,
              n == 0 ? Double.NaN : Arrays.stream(columns[i]).sum() / n,
              correlation(columns[i], totals),
              correlation(columns[i], rest),
              alpha(k - 1, sumOfVariances - variances[i], rest)));
    }
    return new Report(n, data.excluded, alpha, items);
  }

  /**
   * Cronbach's alpha (Cronbach 1951), the internal consistency of the items as one scale: α = k /
   * (k − 1) · (1 − Σ s_i² / s_T²), s_i² the variance of item i and s_T² that of the total score.
   * For 0/1 items it equals Kuder–Richardson formula 20. It can be negative when items correlate
   * negatively.
   *
   * @param scores scores[s][i] is subject s's score on item i, NaN when missing (the subject is left
   *     out)
   * @return alpha; NaN with fewer than two items, fewer than two subjects, or no variance in the
   *     total score
   * @throws IllegalArgumentException when the rows differ in length or a score is infinite
   */
  public static double cronbachsAlpha(double[][] scores) {
    double[][] x = complete(scores).scores;
    int k = x.length == 0 ? 0 : x[0].length;
    double[] totals = new double[x.length];
    double sumOfVariances = 0;
    double[] column = new double[x.length];
    for (int i = 0; i < k; i++) {
      for (int s = 0; s < x.length; s++) {
        column[s] = x[s][i];
        totals[s] += x[s][i];
      }
      sumOfVariances += variance(column);
    }
    return alpha(k, sumOfVariances, totals);
  }

  private static double alpha(int k, double sumOfItemVariances, double[] totals) {
    if (k < 2 || totals.length < 2) {
      return Double.NaN;
    }
    double totalVariance = variance(totals);
    // No variance in the total, up to rounding in summing fractional scores.
    if (!(totalVariance > 1e-12 * sumOfItemVariances)) {
      return Double.NaN;
    }
    return k / (k - 1.0) * (1 - sumOfItemVariances / totalVariance);
  }

  private static double correlation(double[] x, double[] y) {
    return x.length < 2 || variance(x) == 0 || variance(y) == 0 ? Double.NaN : Correlation.r(x, y);
  }

  /** {@return the sample variance, 0 for fewer than two values} */
  private static double variance(double[] values) {
    int n = values.length;
    if (n < 2) {
      return 0;
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return squares / (n - 1);
  }

  private record Complete(double[][] scores, int items, int excluded) {}

  private static Complete complete(double[][] scores) {
    Objects.requireNonNull(scores, "scores");
    int k = scores.length == 0 ? 0 : Objects.requireNonNull(scores[0], "scores[0]").length;
    List<double[]> kept = new ArrayList<>(scores.length);
    for (int s = 0; s < scores.length; s++) {
      double[] row = Objects.requireNonNull(scores[s], "scores[" + s + "]");
      if (row.length != k) {
        throw new IllegalArgumentException(
            "every subject needs a score for each of the " + k + " items, subject " + s + " has " + row.length);
      }
      boolean missing = false;
      for (int i = 0; i < k; i++) {
        if (Double.isInfinite(row[i])) {
          throw new IllegalArgumentException("scores must be finite (NaN marks a missing score), subject " + s + ", item " + i + " is " + row[i]);
        }
        missing |= Double.isNaN(row[i]);
      }
      if (!missing) {
        kept.add(row);
      }
    }
    return new Complete(kept.toArray(new double[0][]), k, scores.length - kept.size());
  }
}
