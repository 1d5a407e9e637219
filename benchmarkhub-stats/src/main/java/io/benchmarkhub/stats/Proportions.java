package io.benchmarkhub.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals for a proportion such as a pass rate.
 *
 * <p>The Wilson score interval is the default: unlike the normal ("Wald") interval it stays inside
 * [0, 1] and keeps close to its nominal coverage for small samples and rates near 0 or 1, which is
 * where benchmark pass rates live. The Clopper-Pearson interval is the exact alternative for readers
 * who want guaranteed (conservative) coverage.
 */
public final class Proportions {
  private Proportions() {}

  /**
   * The Wilson score interval of {@code successes} out of {@code trials}.
   *
   * @param successes how many succeeded, 0 to trials
   * @param trials how many were tried; 0 gives an {@link Interval#undefined undefined} interval
   * @param confidence the confidence level, e.g. 0.95
   * @return the interval around successes / trials
   * @throws IllegalArgumentException when the counts are inconsistent or the level is outside (0, 1)
   */
  public static Interval wilson(long successes, long trials, double confidence) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + "/" + trials);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
    }
    if (trials == 0) {
      return Interval.undefined(confidence);
    }
    double z = zFor(confidence);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return new Interval(p, lower, upper, confidence);
  }

  /**
   * The Clopper-Pearson ("exact") interval of {@code successes} out of {@code trials}: the bounds
   * invert two one-sided binomial tests, so its coverage is at least the nominal level for every
   * true proportion (it is conservative, wider than Wilson).
   *
   * <p>Computed from Beta quantiles (Clopper and Pearson 1934; Brown, Cai and DasGupta 2001): with
   * x successes in n trials and alpha = 1 - confidence, the lower bound is the alpha/2 quantile of
   * Beta(x, n - x + 1) and the upper bound the 1 - alpha/2 quantile of Beta(x + 1, n - x). At the
   * edges the bounds are exact: 0 successes give a lower bound of exactly 0 (and an upper bound of 1
   * - (alpha/2)^(1/n)), all successes an upper bound of exactly 1. It agrees with R's {@code
   * binom.test(x, n)$conf.int}. (Commons Math's {@code ClopperPearsonInterval} is not used: it
   * throws for 0 or n successes.)
   *
   * @param successes how many succeeded, 0 to trials
   * @param trials how many were tried; 0 gives an {@link Interval#undefined undefined} interval
   * @param confidence the confidence level, e.g. 0.95
   * @return the interval around successes / trials
   * @throws IllegalArgumentException when the counts are inconsistent or the level is outside (0, 1)
   */
  public static Interval clopperPearson(long successes, long trials, double confidence) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + "/" + trials);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
    }
    if (trials == 0) {
      return Interval.undefined(confidence);
    }
    double alpha = 1 - confidence;
    double x = successes;
    double n = trials;
    double lower = successes == 0 ? 0 : beta(x, n - x + 1).inverseCumulativeProbability(alpha / 2);
    double upper = successes == trials ? 1 : beta(x + 1, n - x).inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(x / n, lower, upper, confidence);
  }

  /** {@return a Beta distribution solved to 1e-14, for quantiles only (no random generator)} */
  private static BetaDistribution beta(double a, double b) {
    return new BetaDistribution(null, a, b, 1e-14);
  }

  /** {@return the two-sided standard normal quantile for a confidence level} */
  static double zFor(double confidence) {
    return new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }
}
