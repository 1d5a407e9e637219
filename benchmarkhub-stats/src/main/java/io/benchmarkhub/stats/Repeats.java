package io.benchmarkhub.stats;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Estimates from repeated samples of the same case: pass@k, pass^k and the spread of scores across
 * repeats.
 *
 * <p>With n samples of a case of which c pass, pass@k estimates the probability that at least one of
 * k samples passes (capability), pass^k the probability that all k pass (consistency). Both are
 * unbiased estimators computed from all n samples, rather than from one draw of k; average them over
 * cases for a benchmark figure.
 */
public final class Repeats {
  private Repeats() {}

  /**
   * The unbiased pass@k estimator of Chen et al. (2021, "Evaluating Large Language Models Trained on
   * Code", equation 1): 1 - C(n - c, k) / C(n, k), the probability that a random k of the n samples
   * include at least one that passes. Computed as 1 - prod over i from n - c + 1 to n of (1 - k / i),
   * as in the paper's numerically stable implementation, so large n neither overflows nor loses
   * precision.
   *
   * @param n samples of the case; 0 gives NaN
   * @param c samples that passed, 0 to n
   * @param k samples drawn, 1 to n
   * @return the estimate within [0, 1]: 1 when n - c < k (every k-subset contains a pass), 0 when c =
   *     0
   * @throws IllegalArgumentException when a count is negative, c exceeds n, k is below 1 or k exceeds
   *     n (for n &gt; 0)
   */
  public static double passAtK(int n, int c, int k) {
    check(n, c, k);
    if (n == 0) {
      return Double.NaN;
    }
    if (n - c < k) {
      return 1;
    }
    double allFail = 1;
    for (int i = n - c + 1; i <= n; i++) {
      allFail *= 1 - (double) k / i;
    }
    return 1 - allFail;
  }

  /**
   * The pass^k estimator of Yao et al. (2024, "τ-bench: A Benchmark for Tool-Agent-User Interaction
   * in Real-World Domains"): C(c, k) / C(n, k), the probability that a random k of the n samples all
   * pass. Computed as the product over i from 0 to k - 1 of (c - i) / (n - i).
   *
   * @param n samples of the case; 0 gives NaN
   * @param c samples that passed, 0 to n
   * @param k samples drawn, 1 to n
   * @return the estimate within [0, 1]: 0 when c &lt; k, 1 when c = n
   * @throws IllegalArgumentException when a count is negative, c exceeds n, k is below 1 or k exceeds
   *     n (for n &gt; 0)
   */
  public static double passHatK(int n, int c, int k) {
    check(n, c, k);
    if (n == 0) {
      return Double.NaN;
    }
    if (c < k) {
      return 0;
    }
    double allPass = 1;
    for (int i = 0; i < k; i++) {
      allPass *= (double) (c - i) / (n - i);
    }
    return allPass;
  }

  /**
   * The sample variance (n - 1 denominator) of one case's scores across repeats: 0 when every repeat
   * scored the same, larger when the case is flaky.
   *
   * @param scores the case's score on each repeat; not modified
   * @return the sample variance, or NaN for fewer than two repeats (a single repeat says nothing
   *     about the spread; note that Commons Math's {@code StatUtils.variance} would return 0 there)
   * @throws IllegalArgumentException when a score is NaN or infinite
   */
  public static double variance(double[] scores) {
    Checks.finite("scores", scores);
    if (scores.length < 2) {
      return Double.NaN;
    }
    return StatUtils.variance(scores);
  }

  /**
   * The {@link #variance(double[]) sample variance} of each case's scores across repeats.
   *
   * @param scoresByCase for each case, its score on each repeat (cases may have different numbers of
   *     repeats)
   * @return one variance per case, in the same order
   * @throws IllegalArgumentException when a score is NaN or infinite
   */
  public static double[] variances(double[][] scoresByCase) {
    double[] variances = new double[scoresByCase.length];
    for (int i = 0; i < scoresByCase.length; i++) {
      variances[i] = variance(scoresByCase[i]);
    }
    return variances;
  }

  private static void check(int n, int c, int k) {
    if (n < 0 || c < 0 || c > n) {
      throw new IllegalArgumentException("need 0 <= c <= n, got c = " + c + ", n = " + n);
    }
    if (k < 1 || (n > 0 && k > n)) {
      throw new IllegalArgumentException("need 1 <= k <= n, got k = " + k + ", n = " + n);
    }
  }
}
