package io.benchmarkhub.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Chance-corrected agreement between raters: Cohen's kappa and weighted kappa for two raters,
 * Fleiss' kappa for a fixed number of raters per item, and Krippendorff's alpha for any number of
 * raters with missing ratings.
 *
 * <p>Each coefficient is 1 for perfect agreement, 0 for agreement at the level chance predicts,
 * and negative below it. When chance alone predicts perfect agreement — every rating falls in one
 * and the same category, so there is no variation to agree on — the coefficient is 0/0 and this
 * class returns NaN, not 1: such data cannot tell reliable raters from unreliable ones (Krippendorff
 * 2011 calls alpha undefined there; some tools report 1 for kappa). No ratings at all also give NaN.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * A kappa coefficient with the agreement it corrects.
   *
   * @param kappa (p_o − p_e) / (1 − p_e), or NaN when undefined
   * @param observedAgreement p_o, the (weighted) proportion of agreement observed; NaN without items
   * @param expectedAgreement p_e, the (weighted) proportion of agreement expected by chance from the
   *     raters' marginal distributions; NaN without items
   * @param n the number of items rated
   */
  public record Kappa(double kappa, double observedAgreement, double expectedAgreement, long n) {}

  /** The weights of weighted kappa, for ordered categories equally spaced. */
  public enum Weights {
    /** Agreement weight 1 − |i − j| / (k − 1) (Cicchetti &amp; Allison 1971; R vcd "Equal-Spacing"). */
    LINEAR,
    /** Agreement weight 1 − (i − j)² / (k − 1)² (Fleiss &amp; Cohen 1973; R vcd "Fleiss-Cohen"). */
    QUADRATIC
  }

  /**
   * Cohen's kappa (Cohen 1960) from a confusion matrix: p_o = Σ n_ii / n, p_e = Σ n_i. n_.i / n².
   *
   * @param matrix the two raters' cross-classification
   * @return kappa; NaN when there are no items or both raters used one and the same category only
   */
  public static Kappa cohensKappa(ConfusionMatrix matrix) {
    return kappa(matrix, null);
  }

  /**
   * Cohen's kappa of two raters' nominal codes, paired by index.
   *
   * @param rater1 the first rater's codes
   * @param rater2 the second rater's codes
   * @return kappa, as {@link #cohensKappa(ConfusionMatrix)}
   * @throws IllegalArgumentException when the lengths differ or the codes span too many values (see
   *     {@link ConfusionMatrix#ofCodes})
   */
  public static Kappa cohensKappa(int[] rater1, int[] rater2) {
    return cohensKappa(ConfusionMatrix.ofCodes(rater1, rater2));
  }

  /**
   * Weighted kappa (Cohen 1968) for ordered categories in the matrix's label order, equally spaced:
   * p_o = Σ w_ij n_ij / n and p_e = Σ w_ij n_i. n_.j / n², with agreement weights w_ij from {@code
   * weights}. Partial credit for near misses; with one category (k = 1) the weight is 1.
   *
   * @param matrix the two raters' cross-classification
   * @param weights linear or quadratic weights
   * @return the weighted kappa with weighted observed and expected agreement; NaN when there are no
   *     items or both raters used one and the same category only
   */
  public static Kappa weightedKappa(ConfusionMatrix matrix, Weights weights) {
    return kappa(matrix, Objects.requireNonNull(weights, "weights"));
  }

  /**
   * Weighted kappa of two raters' ordinal codes, paired by index; the categories are the integers
   * from the smallest code to the largest, so the weights follow the codes' values.
   *
   * @param rater1 the first rater's codes
   * @param rater2 the second rater's codes
   * @param weights linear or quadratic weights
   * @return the weighted kappa, as {@link #weightedKappa(ConfusionMatrix, Weights)}
   * @throws IllegalArgumentException when the lengths differ or the codes span too many values
   */
  public static Kappa weightedKappa(int[] rater1, int[] rater2, Weights weights) {
    return weightedKappa(ConfusionMatrix.ofCodes(rater1, rater2), weights);
  }

  private static Kappa kappa(ConfusionMatrix matrix, Weights weights) {
    Objects.requireNonNull(matrix, "matrix");
    long n = matrix.total();
    if (n == 0) {
      return new Kappa(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    int k = matrix.size();
    double[] rows = new double[k];
    double[] columns = new double[k];
    boolean oneSharedCategory = false;
    for (int i = 0; i < k; i++) {
      rows[i] = matrix.rowTotal(i) / (double) n;
      columns[i] = matrix.columnTotal(i) / (double) n;
      oneSharedCategory |= matrix.rowTotal(i) == n && matrix.columnTotal(i) == n;
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w = weight(weights, i, j, k);
        observed += w * matrix.count(i, j) / n;
        expected += w * rows[i] * columns[j];
      }
    }
    double kappa = oneSharedCategory ? Double.NaN : (observed - expected) / (1 - expected);
    return new Kappa(kappa, observed, expected, n);
  }

  private static double weight(Weights weights, int i, int j, int k) {
    if (i == j) {
      return 1;
    }
    if (weights == null) {
      return 0;
    }
    double d = Math.abs(i - j) / (k - 1.0);
    return weights == Weights.LINEAR ? 1 - d : 1 - d * d;
  }

  /**
   * Fleiss' kappa with its per-category kappas.
   *
   * @param kappa the overall kappa (P̄ − P̄_e) / (1 − P̄_e), or NaN when undefined
   * @param observedAgreement P̄, the mean over items of the proportion of agreeing rater pairs
   * @param expectedAgreement P̄_e = Σ p_j², p_j the share of all ratings in category j
   * @param categoryKappas kappa_j = 1 − Σ_i n_ij (m − n_ij) / (N m (m − 1) p_j (1 − p_j)) for each
   *     category, NaN for a category used by all ratings or by none
   * @param items N, the number of items
   * @param raters m, the number of ratings per item
   */
  public record FleissKappa(
      double kappa, double observedAgreement, double expectedAgreement, List<Double> categoryKappas, int items, int raters) {
    /** Copies the category kappas. */
    public FleissKappa {
      categoryKappas = Collections.unmodifiableList(new ArrayList<>(categoryKappas));
    }
  }

  /**
   * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters") for N items
   * each rated by the same number m of raters (not necessarily the same raters) into k nominal
   * categories. The overall kappa is the average of the category kappas weighted by p_j (1 − p_j).
   *
   * @param counts an items × categories matrix: counts[i][j] raters put item i in category j; every
   *     row must sum to the same m
   * @return the kappa; every value NaN when there are no items or m &lt; 2 (no pairs of raters), the
   *     overall kappa NaN when all ratings fall in one category
   * @throws IllegalArgumentException when rows differ in length or total, or a count is negative;
   *     for varying numbers of ratings per item use {@link #krippendorffsAlpha(double[][], Level)}
   */
  public static FleissKappa fleissKappa(long[][] counts) {
    Objects.requireNonNull(counts, "counts");
    int items = counts.length;
    int k = items == 0 ? 0 : Objects.requireNonNull(counts[0], "counts[0]").length;
    long m = -1;
    for (int i = 0; i < items; i++) {
      long[] row = Objects.requireNonNull(counts[i], "counts[" + i + "]");
      if (row.length != k) {
        throw new IllegalArgumentException("every item needs a count for each of the " + k + " categories, item " + i + " has " + row.length);
      }
      long sum = 0;
      for (int j = 0; j < k; j++) {
        if (row[j] < 0) {
          throw new IllegalArgumentException("counts must not be negative, counts[" + i + "][" + j + "] = " + row[j]);
        }
        sum += row[j];
      }
      if (m >= 0 && sum != m) {
        throw new IllegalArgumentException(
            "Fleiss' kappa needs the same number of ratings per item: item 0 has " + m + ", item " + i + " has " + sum
                + " (Krippendorff's alpha allows missing ratings)");
      }
      m = sum;
    }
    List<Double> undefinedCategories = Collections.nCopies(k, Double.NaN);
    if (items == 0 || m < 2) {
      return new FleissKappa(Double.NaN, Double.NaN, Double.NaN, undefinedCategories, items, (int) Math.max(m, 0));
    }
    double mm = m;
    double[] p = new double[k];
    double[] disagreement = new double[k];
    double agreement = 0;
    for (long[] row : counts) {
      double squares = 0;
      for (int j = 0; j < k; j++) {
        p[j] += row[j];
        squares += (double) row[j] * row[j];
        disagreement[j] += (double) row[j] * (m - row[j]);
      }
      agreement += (squares - mm) / (mm * (mm - 1));
    }
    double observed = agreement / items;
    double expected = 0;
    boolean oneCategory = false;
    List<Double> categoryKappas = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      oneCategory |= p[j] == items * mm;
      p[j] /= items * mm;
      expected += p[j] * p[j];
      double pq = p[j] * (1 - p[j]);
      categoryKappas.add(pq > 0 ? 1 - disagreement[j] / (items * mm * (mm - 1) * pq) : Double.NaN);
    }
    double kappa = oneCategory ? Double.NaN : (observed - expected) / (1 - expected);
    return new FleissKappa(kappa, observed, expected, categoryKappas, items, (int) m);
  }

  /** The level of measurement of Krippendorff's alpha, which fixes its difference function δ². */
  public enum Level {
    /** δ²(c, k) = 0 if c = k, else 1: categories without order. */
    NOMINAL,
    /**
     * δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², n_g the number of pairable values g: ranks,
     * spaced by how often the values between them occur.
     */
    ORDINAL,
    /** δ²(c, k) = (c − k)²: equal intervals. */
    INTERVAL,
    /** δ²(c, k) = ((c − k) / (c + k))², for non-negative values with a true zero; 0 when c = k = 0. */
    RATIO
  }

  /**
   * Krippendorff's alpha with the disagreements it compares.
   *
   * @param alpha 1 − D_o / D_e, or NaN when undefined
   * @param observedDisagreement D_o = Σ o_ck δ²_ck / n, NaN without pairable values
   * @param expectedDisagreement D_e = Σ n_c n_k δ²_ck / (n (n − 1)), NaN without pairable values
   * @param pairableValues n, the number of values in units with at least two values
   * @param pairableUnits the number of units with at least two values
   */
  public record KrippendorffAlpha(
      double alpha, double observedDisagreement, double expectedDisagreement, long pairableValues, int pairableUnits) {}

  /**
   * Krippendorff's alpha for any number of raters, with missing ratings, computed through the
   * coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
   * o_ck = Σ_u (number of c-k pairs of values in unit u) / (m_u − 1), n_c = Σ_k o_ck, n = Σ n_c.
   * A unit with fewer than two values is not pairable and is left out. D_o is accumulated unit by
   * unit — the same sum as over o_ck, without allocating a table of every pair of distinct values.
   *
   * <p>Note the layout: one row per unit (item), one column per rater — the transpose of
   * Krippendorff's reliability data table. Rows may differ in length.
   *
   * @param unitsByRaters ratings[u][r] is rater r's value for unit u, NaN when missing
   * @param level the level of measurement
   * @return alpha; NaN when no unit has two values, or every pairable value is the same (D_e = 0)
   * @throws IllegalArgumentException when a value is infinite, or negative at the ratio level
   */
  public static KrippendorffAlpha krippendorffsAlpha(double[][] unitsByRaters, Level level) {
    Objects.requireNonNull(unitsByRaters, "unitsByRaters");
    Objects.requireNonNull(level, "level");
    List<double[]> units = new ArrayList<>();
    for (int u = 0; u < unitsByRaters.length; u++) {
      double[] row = Objects.requireNonNull(unitsByRaters[u], "unitsByRaters[" + u + "]");
      double[] values = new double[row.length];
      int m = 0;
      for (int r = 0; r < row.length; r++) {
        double v = row[r];
        if (Double.isNaN(v)) {
          continue;
        }
        if (Double.isInfinite(v) || (level == Level.RATIO && v < 0)) {
          throw new IllegalArgumentException(
              "unit " + u + ", rater " + r + ": value " + v + " is not "
                  + (level == Level.RATIO ? "a finite non-negative number (ratio level)" : "finite"));
        }
        values[m++] = v == 0 ? 0 : v; // -0.0 and 0.0 are one value
      }
      if (m >= 2) {
        units.add(Arrays.copyOf(values, m));
      }
    }
    return alpha(units, level);
  }

  /**
   * Krippendorff's alpha over boxed ratings, {@code null} (or NaN) marking a missing rating; see
   * {@link #krippendorffsAlpha(double[][], Level)}.
   *
   * @param unitsByRaters ratings[u][r] is rater r's value for unit u, null when missing
   * @param level the level of measurement
   * @return alpha, as the primitive overload
   */
  public static KrippendorffAlpha krippendorffsAlpha(Double[][] unitsByRaters, Level level) {
    Objects.requireNonNull(unitsByRaters, "unitsByRaters");
    double[][] values = new double[unitsByRaters.length][];
    for (int u = 0; u < unitsByRaters.length; u++) {
      Double[] row = Objects.requireNonNull(unitsByRaters[u], "unitsByRaters[" + u + "]");
      values[u] = new double[row.length];
      for (int r = 0; r < row.length; r++) {
        values[u][r] = row[r] == null ? Double.NaN : row[r];
      }
    }
    return krippendorffsAlpha(values, level);
  }

  private static KrippendorffAlpha alpha(List<double[]> units, Level level) {
    if (units.isEmpty()) {
      return new KrippendorffAlpha(Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }
    // The distinct pairable values, ascending, and n_c: how often each occurs among them (the
    // marginals of the coincidence matrix, which are the plain value counts).
    double[] all = units.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
    long n = all.length;
    double[] values = Arrays.stream(all).distinct().toArray();
    double[] nc = new double[values.length];
    for (double v : all) {
      nc[Arrays.binarySearch(values, v)]++;
    }
    double[] cumulative = new double[values.length + 1];
    for (int c = 0; c < values.length; c++) {
      cumulative[c + 1] = cumulative[c] + nc[c];
    }
    Delta delta = (c, k) -> switch (level) {
      case NOMINAL -> c == k ? 0 : 1;
      case ORDINAL -> {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double d = cumulative[hi + 1] - cumulative[lo] - (nc[c] + nc[k]) / 2;
        yield d * d;
      }
      case INTERVAL -> {
        double d = values[c] - values[k];
        yield d * d;
      }
      case RATIO -> {
        double sum = values[c] + values[k];
        double d = sum == 0 ? 0 : (values[c] - values[k]) / sum;
        yield d * d;
      }
    };
    // D_o: Σ_c Σ_k o_ck δ²_ck / n, o_ck summed unit by unit over ordered pairs of distinct values.
    double observedSum = 0;
    for (double[] unit : units) {
      double[] sorted = unit.clone();
      Arrays.sort(sorted);
      int[] index = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        index[i] = Arrays.binarySearch(values, sorted[i]);
      }
      double unitSum = 0;
      for (int i = 0; i < sorted.length; i++) {
        for (int j = i + 1; j < sorted.length; j++) {
          if (index[i] != index[j]) {
            unitSum += delta.of(index[i], index[j]);
          }
        }
      }
      observedSum += 2 * unitSum / (sorted.length - 1);
    }
    double observed = observedSum / n;
    // D_e: Σ_c Σ_k n_c n_k δ²_ck / (n (n − 1)).
    double expectedSum = 0;
    if (level == Level.NOMINAL) {
      double squares = 0;
      for (double count : nc) {
        squares += count * count;
      }
      expectedSum = (double) n * n - squares;
    } else if (level == Level.INTERVAL) {
      // Σ_c Σ_k n_c n_k (v_c − v_k)² = 2 Σ_c n_c Σ_k n_k (v_k − mean)², in O(values).
      double mean = 0;
      for (int c = 0; c < values.length; c++) {
        mean += nc[c] * values[c];
      }
      mean /= n;
      for (int c = 0; c < values.length; c++) {
        double d = values[c] - mean;
        expectedSum += nc[c] * d * d;
      }
      expectedSum *= 2 * n;
    } else {
      for (int c = 0; c < values.length; c++) {
        for (int k = c + 1; k < values.length; k++) {
          expectedSum += 2 * nc[c] * nc[k] * delta.of(c, k);
        }
      }
    }
    double expected = expectedSum / ((double) n * (n - 1));
    double alpha = values.length < 2 ? Double.NaN : 1 - observed / expected;
    return new KrippendorffAlpha(alpha, observed, expected, n, units.size());
  }

  @FunctionalInterface
  private interface Delta {
    double of(int c, int k);
  }
}
