package io.benchmarkhub.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Correlation coefficients of two paired samples, each with a two-sided p-value for the null
 * hypothesis of no association.
 *
 * <p>Missing data: a pair in which either value is NaN is left out (complete cases, R's {@code
 * use = "complete.obs"}); {@link Result#n()} counts the pairs that were used. Fewer than two
 * complete pairs, or a sample without variance (every value equal, or every rank tied), give a NaN
 * coefficient and p-value: a correlation is not defined there.
 *
 * <p>The p-values are the large-sample approximations that scipy.stats and R's {@code
 * cor.test(..., exact = FALSE)} use; they are rough below about ten pairs.
 */
public final class Correlation {
  private Correlation() {}

  /**
   * A correlation coefficient with its two-sided p-value.
   *
   * @param coefficient the coefficient within [-1, 1], or NaN where undefined
   * @param pValue the two-sided p-value for no association, or NaN where undefined
   * @param n the number of complete pairs used
   */
  public record Result(double coefficient, double pValue, int n) {
    static Result undefined(int n) {
      return new Result(Double.NaN, Double.NaN, n);
    }
  }

  /**
   * Pearson's product-moment correlation r.
   *
   * <p>p-value: Student's t = r √((n − 2) / (1 − r²)) on n − 2 degrees of freedom, as R's {@code
   * cor.test}; NaN for n = 2 (no degrees of freedom), 0 for |r| = 1 and n &gt; 2.
   *
   * @param x the first sample
   * @param y the second sample, paired with x by index
   * @return r, its p-value and the number of complete pairs
   * @throws IllegalArgumentException when the lengths differ or a value is infinite
   */
  public static Result pearson(double[] x, double[] y) {
    double[][] pairs = completePairs(x, y);
    int n = pairs[0].length;
    if (n < 2 || constant(pairs[0]) || constant(pairs[1])) {
      return Result.undefined(n);
    }
    double r = r(pairs[0], pairs[1]);
    return new Result(r, tPValue(r, n), n);
  }

  /**
   * Spearman's rank correlation rho: Pearson's r of the ranks, tied values sharing the average of
   * their ranks (Commons Math {@link NaturalRanking} with {@link TiesStrategy#AVERAGE}).
   *
   * <p>p-value: the t approximation t = rho √((n − 2) / (1 − rho²)) on n − 2 degrees of freedom,
   * as scipy.stats.spearmanr (R's {@code cor.test} uses an exact test for small samples without
   * ties instead).
   *
   * @param x the first sample
   * @param y the second sample, paired with x by index
   * @return rho, its p-value and the number of complete pairs
   * @throws IllegalArgumentException when the lengths differ or a value is infinite
   */
  public static Result spearman(double[] x, double[] y) {
    double[][] pairs = completePairs(x, y);
    int n = pairs[0].length;
    if (n < 2 || constant(pairs[0]) || constant(pairs[1])) {
      return Result.undefined(n);
    }
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    double rho = r(ranking.rank(pairs[0]), ranking.rank(pairs[1]));
    return new Result(rho, tPValue(rho, n), n);
  }

  /**
   * Kendall's tau-b, corrected for ties: (C − D) / √((n₀ − n₁)(n₀ − n₂)), where C and D count the
   * concordant and discordant pairs, n₀ = n(n − 1)/2, and n₁, n₂ the pairs tied in x and in y
   * (Kendall 1945; the coefficient is Commons Math's {@link KendallsCorrelation}, which is tau-b).
   *
   * <p>p-value: the normal approximation z = S / √Var(S), S = C − D, with the tie-corrected
   * variance of Kendall (1970, <i>Rank Correlation Methods</i>, ch. 4) — the statistic of R's {@code cor.test(method = "kendall",
   * exact = FALSE)} and scipy.stats.kendalltau's asymptotic method, without continuity correction.
   *
   * @param x the first sample
   * @param y the second sample, paired with x by index
   * @return tau-b, its p-value and the number of complete pairs
   * @throws IllegalArgumentException when the lengths differ or a value is infinite
   */
  public static Result kendall(double[] x, double[] y) {
    double[][] pairs = completePairs(x, y);
    int n = pairs[0].length;
    if (n < 2 || constant(pairs[0]) || constant(pairs[1])) {
      return Result.undefined(n);
    }
    double tau = clamp(new KendallsCorrelation().correlation(pairs[0], pairs[1]));
    double nn = n;
    double n0 = nn * (nn - 1) / 2;
    TieSums tx = tieSums(pairs[0]);
    TieSums ty = tieSums(pairs[1]);
    double s = Math.rint(tau * Math.sqrt((n0 - tx.pairs) * (n0 - ty.pairs)));
    double variance =
        (nn * (nn - 1) * (2 * nn + 5) - tx.v5 - ty.v5) / 18
            + tx.v1 * ty.v1 / (2 * nn * (nn - 1))
            + (n > 2 ? tx.v2 * ty.v2 / (9 * nn * (nn - 1) * (nn - 2)) : 0);
    double p = variance > 0 ? Erf.erfc(Math.abs(s) / Math.sqrt(variance) / Math.sqrt(2)) : Double.NaN;
    return new Result(tau, Math.min(1, p), n);
  }

  /** {@return Pearson's r of two samples with variance, at least two values each} */
  static double r(double[] x, double[] y) {
    return clamp(new PearsonsCorrelation().correlation(x, y));
  }

  private static double clamp(double r) {
    return Math.max(-1, Math.min(1, r));
  }

  /** Two-sided p-value of a correlation by the t approximation on n − 2 degrees of freedom. */
  private static double tPValue(double r, int n) {
    if (n < 3) {
      return Double.NaN;
    }
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double df = n - 2.0;
    double t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
    return Math.min(1, 2 * new TDistribution(null, df).cumulativeProbability(-t));
  }

  /** Sums over groups of tied values of size t: Σ t(t−1)/2, Σ t(t−1), Σ t(t−1)(t−2), Σ t(t−1)(2t+5). */
  private record TieSums(double pairs, double v1, double v2, double v5) {}

  private static TieSums tieSums(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double pairs = 0;
    double v1 = 0;
    double v2 = 0;
    double v5 = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      pairs += t * (t - 1) / 2;
      v1 += t * (t - 1);
      v2 += t * (t - 1) * (t - 2);
      v5 += t * (t - 1) * (2 * t + 5);
      i = j + 1;
    }
    return new TieSums(pairs, v1, v2, v5);
  }

  private static boolean constant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /** {@return the pairs in which neither value is NaN, as {x[], y[]}} */
  private static double[][] completePairs(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must be paired, but x has " + x.length + " values and y " + y.length);
    }
    double[] cx = new double[x.length];
    double[] cy = new double[y.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
        throw new IllegalArgumentException(
            "values must be finite (NaN marks a missing value), pair " + i + " is (" + x[i] + ", " + y[i] + ")");
      }
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        cx[n] = x[i];
        cy[n] = y[i];
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(cx, n), Arrays.copyOf(cy, n)};
  }
}
