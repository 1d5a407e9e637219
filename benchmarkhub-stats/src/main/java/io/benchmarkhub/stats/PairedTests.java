package io.benchmarkhub.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Two-sided tests that compare two systems measured on the same cases (paired data): McNemar's
 * exact test for pass/fail, a sign-flip permutation test for scores, and the Wilcoxon signed-rank
 * test for scores.
 *
 * <p>Everywhere, "first" and "second" are the two systems and a positive difference means the first
 * scored higher. Differences are taken as {@code first[i] - second[i]}; to keep floating-point noise
 * from deciding a result, a difference smaller than 1e-12 times the larger of the two scores counts
 * as zero and differences are compared at 12 significant digits (so 0.9 - 0.7 and 0.5 - 0.3 tie, as
 * they do in exact arithmetic). Scores must be finite.
 */
public final class PairedTests {
  private PairedTests() {}

  /**
   * The largest number of non-zero differences for which {@link #permutation} enumerates every sign
   * flip exactly (2^20 = 1,048,576 assignments, some milliseconds); above it the test samples.
   */
  public static final int EXACT_PERMUTATION_LIMIT = 20;

  /**
   * Below this number of non-zero differences (and without ties) {@link #wilcoxon} uses the exact
   * null distribution, as R's {@code wilcox.test} does; at or above it, the normal approximation.
   */
  public static final int EXACT_SIGNED_RANK_LIMIT = 50;

  private static final MathContext TWELVE_DIGITS = new MathContext(12);

  /**
   * The result of McNemar's exact test.
   *
   * @param onlyFirst b: pairs where only the first system passed; the test statistic (given b + c)
   * @param onlySecond c: pairs where only the second system passed
   * @param pairs n: all pairs, concordant ones included
   * @param pValue the two-sided exact p-value; 1 when there is no discordant pair, NaN when n = 0
   * @param difference the difference in pass rates, first minus second: (b - c) / n; NaN when n = 0
   * @param oddsRatio the conditional odds ratio b / c: infinite when only c is 0, NaN when both are
   */
  public record McNemar(long onlyFirst, long onlySecond, long pairs, double pValue, double difference, double oddsRatio) {}

  /**
   * The result of the sign-flip permutation test.
   *
   * @param meanDifference the statistic and effect size: the mean of first - second over all pairs
   * @param pValue the two-sided p-value; 1 when every difference is zero, NaN when there are no pairs
   * @param pairs n: all pairs
   * @param nonZero m: pairs with a non-zero difference, the ones whose signs are flipped
   * @param exact whether every sign flip was enumerated (m at most {@link #EXACT_PERMUTATION_LIMIT})
   *     rather than sampled
   */
  public record Permutation(double meanDifference, double pValue, int pairs, int nonZero, boolean exact) {}

  /**
   * The result of the Wilcoxon signed-rank test.
   *
   * @param v the statistic V (R's name): the sum of the ranks of the positive differences, zeros
   *     dropped; ties share their average rank
   * @param pValue the two-sided p-value; 1 when every difference is zero, NaN when there are no pairs
   * @param rankBiserial the matched-pairs rank-biserial correlation (Kerby 2014): (V - W-) / (V + W-),
   *     from -1 (the second always ahead) to 1 (the first always ahead); 0 when every difference is
   *     zero, NaN when there are no pairs
   * @param pairs n: all pairs
   * @param nonZero m: pairs with a non-zero difference, the ones ranked
   * @param exact whether the p-value comes from the exact null distribution rather than the normal
   *     approximation
   */
  public record SignedRank(double v, double pValue, double rankBiserial, int pairs, int nonZero, boolean exact) {}

  /**
   * McNemar's test, exact form, from the discordant counts: under the null hypothesis that both
   * systems pass equally often, b is Binomial(b + c, 1/2), and the two-sided p-value is twice the
   * smaller tail, capped at 1 (McNemar 1947; Agresti, <i>Categorical Data Analysis</i>, 2nd ed.,
   * section 10.1). This equals R's {@code binom.test(b, b + c)} and {@code
   * exact2x2::mcnemar.exact}. The tail is computed as a regularized incomplete beta function, so
   * even tiny p-values keep full relative precision.
   *
   * @param onlyFirst b, pairs where the first passed and the second failed
   * @param onlySecond c, pairs where the second passed and the first failed
   * @param pairs n, all pairs (at least b + c)
   * @return the test result; see {@link McNemar} for the edge cases
   * @throws IllegalArgumentException when a count is negative, b + c exceeds n, or b + c does not fit
   *     an int
   */
  public static McNemar mcnemar(long onlyFirst, long onlySecond, long pairs) {
    if (onlyFirst < 0 || onlySecond < 0 || pairs < onlyFirst + onlySecond) {
      throw new IllegalArgumentException("need b >= 0, c >= 0 and b + c <= n, got b = " + onlyFirst
          + ", c = " + onlySecond + ", n = " + pairs);
    }
    long discordant = onlyFirst + onlySecond;
    if (discordant > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("b + c must fit an int, was " + discordant);
    }
    if (pairs == 0) {
      return new McNemar(0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double p;
    long smaller = Math.min(onlyFirst, onlySecond);
    if (2 * smaller >= discordant) {
      p = 1; // b = c, including b = c = 0
    } else {
      // P(X <= k) for X ~ Binomial(N, 1/2) is I_{1/2}(N - k, k + 1).
      double tail = Beta.regularizedBeta(0.5, discordant - smaller, smaller + 1);
      p = Math.min(1, 2 * tail);
    }
    double oddsRatio = onlySecond == 0
        ? (onlyFirst == 0 ? Double.NaN : Double.POSITIVE_INFINITY)
        : (double) onlyFirst / onlySecond;
    return new McNemar(onlyFirst, onlySecond, pairs, p, (double) (onlyFirst - onlySecond) / pairs, oddsRatio);
  }

  /**
   * McNemar's exact test from paired pass/fail outcomes; see {@link #mcnemar(long, long, long)}.
   *
   * @param first whether the first system passed each case
   * @param second whether the second system passed each case, in the same order
   * @return the test result
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static McNemar mcnemar(boolean[] first, boolean[] second) {
    Checks.sameLength(first.length, second.length);
    long b = 0;
    long c = 0;
    for (int i = 0; i < first.length; i++) {
      if (first[i] && !second[i]) {
        b++;
      } else if (!first[i] && second[i]) {
        c++;
      }
    }
    return mcnemar(b, c, first.length);
  }

  /**
   * The paired permutation (sign-flip) test of the mean difference (Fisher 1935, <i>The Design of
   * Experiments</i>, section 21; Good, <i>Permutation Tests</i>). Under the null hypothesis each
   * difference is as likely to have either sign; the p-value is the share of sign assignments whose
   * |sum| is at least the observed |sum| (within a 1e-9 relative tolerance, so rounding cannot split
   * ties). Zero differences do not change under a flip and are left out of the enumeration.
   *
   * <p>With at most {@link #EXACT_PERMUTATION_LIMIT} (20) non-zero differences every one of the 2^m
   * assignments is enumerated and the p-value is exact. Above that, {@code resamples} random
   * assignments are drawn from a {@link Well19937c} generator seeded with {@code seed} (so the
   * result is deterministic) and the p-value is (count + 1) / (resamples + 1), counting the observed
   * assignment among them, which never gives 0 and keeps the test valid (Phipson and Smyth 2010).
   *
   * @param first the first system's score on each case
   * @param second the second system's score on each case, in the same order
   * @param resamples random assignments to draw when sampling, at least 1 (e.g. 10,000)
   * @param seed the seed of the random generator when sampling
   * @return the test result; see {@link Permutation} for the edge cases
   * @throws IllegalArgumentException when the arrays differ in length, a score is NaN or infinite,
   *     or resamples is below 1
   */
  public static Permutation permutation(double[] first, double[] second, int resamples, long seed) {
    Checks.sameLength(first.length, second.length);
    Checks.finite("first", first);
    Checks.finite("second", second);
    Checks.resamples(resamples);
    int n = first.length;
    if (n == 0) {
      return new Permutation(Double.NaN, Double.NaN, 0, 0, true);
    }
    double rawSum = 0;
    for (int i = 0; i < n; i++) {
      rawSum += first[i] - second[i];
    }
    double[] d = nonZero(differences(first, second));
    int m = d.length;
    double observed = Math.abs(sum(d));
    double scale = 0;
    for (double x : d) {
      scale += Math.abs(x);
    }
    double threshold = observed - 1e-9 * scale;
    if (m <= EXACT_PERMUTATION_LIMIT) {
      if (m == 0) {
        return new Permutation(rawSum / n, 1, n, 0, true);
      }
      // A mask and its complement give sums of opposite sign: enumerate the half where d[0] keeps
      // its sign and double the count.
      long count = 0;
      int half = 1 << (m - 1);
      for (int mask = 0; mask < half; mask++) {
        double s = d[0];
        for (int j = 1; j < m; j++) {
          s += ((mask >>> (j - 1)) & 1) == 0 ? d[j] : -d[j];
        }
        if (Math.abs(s) >= threshold) {
          count++;
        }
      }
      return new Permutation(rawSum / n, (double) count / half, n, m, true);
    }
    RandomGenerator random = new Well19937c(seed);
    long count = 0;
    for (int r = 0; r < resamples; r++) {
      double s = 0;
      for (double x : d) {
        s += random.nextBoolean() ? x : -x;
      }
      if (Math.abs(s) >= threshold) {
        count++;
      }
    }
    return new Permutation(rawSum / n, (count + 1.0) / (resamples + 1.0), n, m, false);
  }

  /**
   * The Wilcoxon signed-rank test (Wilcoxon 1945; Hollander and Wolfe, <i>Nonparametric Statistical
   * Methods</i>, section 3.1), with zero differences dropped (Wilcoxon's method, R's and SciPy's
   * default) and tied absolute differences given their average rank.
   *
   * <p>With fewer than {@link #EXACT_SIGNED_RANK_LIMIT} (50) non-zero differences and no ties among
   * them, the p-value comes from the exact null distribution of V (every one of the 2^m sign
   * assignments equally likely): twice the smaller tail, capped at 1, as in R's {@code wilcox.test}.
   * Zeros do not prevent the exact test here: they are dropped first and the test is exact given the
   * m remaining differences (as in SciPy; R falls back to the normal approximation instead).
   *
   * <p>Otherwise the normal approximation is used, as in R's {@code wilcox.test(correct = TRUE)}: V
   * has mean m(m + 1)/4 and variance m(m + 1)(2m + 1)/24 - sum(t^3 - t)/48 over the groups of t tied
   * ranks, and the distance from the mean is reduced by 1/2 (continuity correction) before dividing
   * by the standard deviation.
   *
   * @param first the first system's score on each case
   * @param second the second system's score on each case, in the same order
   * @return the test result; see {@link SignedRank} for the edge cases
   * @throws IllegalArgumentException when the arrays differ in length or a score is NaN or infinite
   */
  public static SignedRank wilcoxon(double[] first, double[] second) {
    Checks.sameLength(first.length, second.length);
    Checks.finite("first", first);
    Checks.finite("second", second);
    int n = first.length;
    if (n == 0) {
      return new SignedRank(Double.NaN, Double.NaN, Double.NaN, 0, 0, true);
    }
    double[] d = nonZero(differences(first, second));
    int m = d.length;
    if (m == 0) {
      return new SignedRank(0, 1, 0, n, 0, true);
    }
    double[] abs = new double[m];
    for (int i = 0; i < m; i++) {
      abs[i] = Math.abs(d[i]);
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
    double v = 0;
    for (int i = 0; i < m; i++) {
      if (d[i] > 0) {
        v += ranks[i];
      }
    }
    double total = m * (m + 1) / 2.0;
    double rankBiserial = (v - (total - v)) / total;
    double tieTerm = tieTerm(abs);
    if (m < EXACT_SIGNED_RANK_LIMIT && tieTerm == 0) {
      return new SignedRank(v, exactSignedRankP((int) v, m), rankBiserial, n, m, true);
    }
    double sigma = Math.sqrt(m * (m + 1.0) * (2 * m + 1) / 24 - tieTerm / 48);
    double distance = Math.max(0, Math.abs(v - total / 2) - 0.5);
    double p = Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-distance / sigma));
    return new SignedRank(v, p, rankBiserial, n, m, false);
  }

  /** {@return the two-sided exact p-value of V = v among m untied non-zero differences} */
  private static double exactSignedRankP(int v, int m) {
    int max = m * (m + 1) / 2;
    // counts[s]: how many subsets of the ranks 1..m sum to s (at most 2^49 for m < 50).
    long[] counts = new long[max + 1];
    counts[0] = 1;
    for (int rank = 1; rank <= m; rank++) {
      for (int s = rank * (rank + 1) / 2; s >= rank; s--) {
        counts[s] += counts[s - rank];
      }
    }
    long tail = 0;
    if (2 * v > max) {
      for (int s = v; s <= max; s++) {
        tail += counts[s];
      }
    } else {
      for (int s = 0; s <= v; s++) {
        tail += counts[s];
      }
    }
    return Math.min(1, 2 * Math.scalb((double) tail, -m));
  }

  /** {@return sum(t^3 - t) over the groups of t equal values} */
  static double tieTerm(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double term = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      term += t * t * t - t;
      i = j + 1;
    }
    return term;
  }

  /**
   * {@return first[i] - second[i], with noise below 1e-12 of the scores set to zero and the rest
   * rounded to 12 significant digits}
   */
  static double[] differences(double[] first, double[] second) {
    double[] d = new double[first.length];
    for (int i = 0; i < d.length; i++) {
      double raw = first[i] - second[i];
      double scale = Math.max(Math.abs(first[i]), Math.abs(second[i]));
      d[i] = Math.abs(raw) <= 1e-12 * scale ? 0 : new BigDecimal(raw).round(TWELVE_DIGITS).doubleValue();
    }
    return d;
  }

  private static double[] nonZero(double[] values) {
    return Arrays.stream(values).filter(x -> x != 0).toArray();
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double x : values) {
      s += x;
    }
    return s;
  }
}
