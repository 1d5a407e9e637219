package io.benchmarkhub.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A z-score check for one score standing far above the rest, such as a model scoring far above its
 * own average on one benchmark (a hint of contamination or of a benchmark-specific shortcut: a
 * "manipulation check").
 *
 * <p>Each score is compared with the mean and sample standard deviation of the <em>other</em> scores
 * (leave one out), not of the whole set. The whole-set z-score cannot exceed (n - 1) / √n, so with
 * fewer than 11 scores it can never pass 3, and a single extreme value inflates the very standard
 * deviation it is measured against. Left out, the suspect cannot mask itself. The leave-one-out z
 * equals the externally studentized residual of the mean (Cook and Weisberg 1982, <i>Residuals and
 * Influence in Regression</i>) times √(n / (n - 1)).
 */
public final class Outliers {
  private Outliers() {}

  /** The threshold {@link #flagHigh(double[])} uses: 3 standard deviations. */
  public static final double DEFAULT_THRESHOLD = 3;

  /**
   * A score flagged as far above the others.
   *
   * @param index the position of the score in the input
   * @param score the score
   * @param othersMean the mean of the other scores
   * @param othersSd the sample standard deviation of the other scores
   * @param z (score - othersMean) / othersSd; infinite when the others are all equal
   */
  public record Flag(int index, double score, double othersMean, double othersSd, double z) {}

  /**
   * The leave-one-out z-score of every score: (x_i - mean of the others) / sample standard deviation
   * of the others.
   *
   * <p>Edge cases: with fewer than 3 scores the others have no standard deviation and every z is NaN;
   * when the others are all equal, z is 0 for a score equal to them and +/-infinity otherwise (any
   * departure from a spread of nothing is infinitely many standard deviations).
   *
   * @param scores the scores, e.g. one model's score on each benchmark; not modified
   * @return one z per score, in the same order
   * @throws IllegalArgumentException when a score is NaN or infinite
   */
  public static double[] leaveOneOutZ(double[] scores) {
    Checks.finite("scores", scores);
    int n = scores.length;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = n < 3 ? Double.NaN : zOf(scores[i], othersMean(scores, i), othersSd(scores, i));
    }
    return z;
  }

  /**
   * The scores more than {@link #DEFAULT_THRESHOLD} (3) standard deviations above the mean of the
   * others; see {@link #flagHigh(double[], double)}.
   *
   * @param scores the scores; not modified
   * @return the flagged scores, by index; empty when none is, or when there are fewer than 3 scores
   * @throws IllegalArgumentException when a score is NaN or infinite
   */
  public static List<Flag> flagHigh(double[] scores) {
    return flagHigh(scores, DEFAULT_THRESHOLD);
  }

  /**
   * The scores whose {@link #leaveOneOutZ leave-one-out z-score} is above {@code threshold}: only
   * high scores are flagged, as a suspiciously good result is what the check looks for.
   *
   * @param scores the scores; not modified
   * @param threshold how many standard deviations above the others' mean flag a score, positive
   * @return the flagged scores, by index; empty when none is, or when there are fewer than 3 scores
   * @throws IllegalArgumentException when the threshold is not positive and finite or a score is NaN
   *     or infinite
   */
  public static List<Flag> flagHigh(double[] scores, double threshold) {
    if (!(threshold > 0 && Double.isFinite(threshold))) {
      throw new IllegalArgumentException("threshold must be positive and finite, was " + threshold);
    }
    double[] z = leaveOneOutZ(scores);
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < z.length; i++) {
      if (z[i] > threshold) {
        flags.add(new Flag(i, scores[i], othersMean(scores, i), othersSd(scores, i), z[i]));
      }
    }
    return List.copyOf(flags);
  }

  private static double zOf(double score, double mean, double sd) {
    double distance = score - mean;
    if (sd == 0) {
      return distance == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, distance);
    }
    return distance / sd;
  }

  private static double othersMean(double[] scores, int left) {
    if (allOthersEqual(scores, left)) {
      return scores[left == 0 ? 1 : 0]; // exactly, so that an equal score is at distance 0
    }
    double sum = 0;
    for (int j = 0; j < scores.length; j++) {
      if (j != left) {
        sum += scores[j];
      }
    }
    return sum / (scores.length - 1);
  }

  private static double othersSd(double[] scores, int left) {
    if (allOthersEqual(scores, left)) {
      return 0;
    }
    double mean = othersMean(scores, left);
    double squares = 0;
    for (int j = 0; j < scores.length; j++) {
      if (j != left) {
        squares += (scores[j] - mean) * (scores[j] - mean);
      }
    }
    return Math.sqrt(squares / (scores.length - 2));
  }

  private static boolean allOthersEqual(double[] scores, int left) {
    double first = scores[left == 0 ? 1 : 0];
    for (int j = 0; j < scores.length; j++) {
      if (j != left && scores[j] != first) {
        return false;
      }
    }
    return true;
  }
}
