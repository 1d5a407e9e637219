package io.benchmarkhub.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Tests on counts and groups: whether counts spread evenly over categories (chi-square goodness of
 * fit, normalised entropy), whether successes beat a chance rate (one-sided binomial test), and
 * whether several groups of values share one distribution (Kruskal-Wallis).
 */
public final class Frequencies {
  private Frequencies() {}

  /**
   * A chi-square or Kruskal-Wallis statistic with its p-value.
   *
   * @param statistic the test statistic (chi-square or H), NaN where undefined
   * @param degreesOfFreedom categories or groups minus one
   * @param pValue the upper-tail p-value of the chi-square distribution, NaN where undefined
   */
  public record ChiSquare(double statistic, int degreesOfFreedom, double pValue) {}

  /**
   * Pearson's chi-square goodness of fit of counts against equal expected counts in every category.
   *
   * @param counts the observed count of each category, at least two categories, none negative
   * @return the statistic on {@code counts.length - 1} degrees of freedom and its p-value; NaN for
   *     both when the counts sum to zero
   * @throws IllegalArgumentException for fewer than two categories or a negative count
   */
  public static ChiSquare chiSquareUniform(long[] counts) {
    double[] shares = new double[counts.length];
    Arrays.fill(shares, 1.0);
    return chiSquareFit(counts, shares);
  }

  /**
   * Pearson's chi-square goodness of fit of counts against expected shares (for example the
   * chance of each answer position when cases have different numbers of choices).
   *
   * @param counts the observed count of each category, at least two categories, none negative
   * @param shares the expected weight of each category, all positive; rescaled to sum to one
   * @return the statistic on {@code counts.length - 1} degrees of freedom and its p-value; NaN for
   *     both when the counts sum to zero
   * @throws IllegalArgumentException for fewer than two categories, different lengths, a negative
   *     count or a share that is not positive
   */
  public static ChiSquare chiSquareFit(long[] counts, double[] shares) {
    if (counts.length < 2) {
      throw new IllegalArgumentException("a goodness-of-fit test needs at least 2 categories, got " + counts.length);
    }
    Checks.sameLength(counts.length, shares.length);
    long total = 0;
    double shareSum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("counts[" + i + "] must be >= 0, was " + counts[i]);
      }
      if (!(shares[i] > 0) || Double.isInfinite(shares[i])) {
        throw new IllegalArgumentException("shares[" + i + "] must be positive and finite, was " + shares[i]);
      }
      total += counts[i];
      shareSum += shares[i];
    }
    int df = counts.length - 1;
    if (total == 0) {
      return new ChiSquare(Double.NaN, df, Double.NaN);
    }
    double stat = 0;
    for (int i = 0; i < counts.length; i++) {
      double expected = total * shares[i] / shareSum;
      stat += (counts[i] - expected) * (counts[i] - expected) / expected;
    }
    return new ChiSquare(stat, df, upperTail(stat, df));
  }

  /**
   * {@return the one-sided p-value P(X &ge; successes) for X ~ Binomial(trials, chance)}: small when
   * the successes are more than chance explains
   *
   * @param successes observed successes, within [0, trials]
   * @param trials at least 1
   * @param chance the success probability under the null hypothesis, within (0, 1)
   */
  public static double binomialAtLeast(int successes, int trials, double chance) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got " + successes + " of "
          + trials);
    }
    if (!(chance > 0 && chance < 1)) {
      throw new IllegalArgumentException("chance must be within (0, 1), was " + chance);
    }
    if (successes == 0) {
      return 1.0;
    }
    return 1.0 - new BinomialDistribution(null, trials, chance).cumulativeProbability(successes - 1);
  }

  /**
   * The Kruskal-Wallis H test: whether several groups of values come from one distribution, using
   * ranks only (mid-ranks for ties, with the usual tie correction), so it suits skewed values such as
   * text lengths. The p-value is the chi-square approximation on groups - 1 degrees of freedom, as R's
   * {@code kruskal.test}; rough when a group has fewer than about five values.
   *
   * @param groups the values of each group; empty groups are left out
   * @return H and its p-value; NaN for both with fewer than two non-empty groups or when every value
   *     is tied
   * @throws IllegalArgumentException when a value is not finite
   */
  public static ChiSquare kruskalWallis(double[][] groups) {
    int k = 0;
    int n = 0;
    for (double[] g : groups) {
      Checks.finite("group value", g);
      if (g.length > 0) {
        k++;
        n += g.length;
      }
    }
    if (k < 2) {
      return new ChiSquare(Double.NaN, Math.max(0, k - 1), Double.NaN);
    }
    double[] all = new double[n];
    int at = 0;
    for (double[] g : groups) {
      System.arraycopy(g, 0, all, at, g.length);
      at += g.length;
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
    double h = 0;
    at = 0;
    for (double[] g : groups) {
      if (g.length == 0) {
        continue;
      }
      double sum = 0;
      for (int i = 0; i < g.length; i++) {
        sum += ranks[at + i];
      }
      at += g.length;
      h += sum * sum / g.length;
    }
    h = 12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1);
    double correction = 1 - PairedTests.tieTerm(all) / ((double) n * n * n - n);
    if (correction <= 0) {
      return new ChiSquare(Double.NaN, k - 1, Double.NaN);
    }
    h /= correction;
    return new ChiSquare(h, k - 1, upperTail(h, k - 1));
  }

  /**
   * {@return the Shannon entropy of the counts divided by its maximum, log(categories)}: 1 when every
   * category has the same count, 0 when one category holds everything; 1 for a single category and
   * NaN when the counts sum to zero
   */
  public static double normalisedEntropy(long[] counts) {
    long total = Arrays.stream(counts).sum();
    if (total == 0) {
      return Double.NaN;
    }
    if (counts.length < 2) {
      return 1.0;
    }
    double h = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + c);
      }
      if (c > 0) {
        double p = (double) c / total;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(counts.length);
  }

  private static double upperTail(double stat, int df) {
    return Math.max(0.0, 1.0 - new ChiSquaredDistribution(null, df).cumulativeProbability(stat));
  }
}
