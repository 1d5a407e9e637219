package io.benchmarkhub.api;

import java.util.Objects;

/**
 * Two models compared on the same cases: the cases both graded are the pairs, so the difference is
 * the models', not the dataset's.
 *
 * <p>Per case, a model's outcome is its mean score over its graded repeats, and it passed the case
 * when more than half of those repeats passed. Pass/fail is compared with McNemar's exact test (only
 * the cases where exactly one model passed count), scores with the Wilcoxon signed-rank test, whose
 * effect size is the matched-pairs rank-biserial correlation (−1 to 1, positive when A scores
 * higher). Both p-values are two-sided and also given corrected by Holm's method across every pair
 * of the run's models, which is what to read when a run compares more than two models.
 *
 * @param modelA the first model's id (in the benchmark's order)
 * @param modelB the second model's id
 * @param pairs cases both models graded
 * @param onlyAPassed cases A passed and B failed
 * @param onlyBPassed cases B passed and A failed
 * @param passRateDifference A's pass rate minus B's over the pairs, NaN without pairs
 * @param passP McNemar's exact two-sided p-value, 1 when no case split them, NaN without pairs
 * @param passPAdjusted the same, Holm-corrected across all pairs of models
 * @param meanScoreDifference the mean of A's score minus B's over the pairs, NaN without pairs
 * @param scoreP the Wilcoxon signed-rank two-sided p-value, 1 when every pair scored the same
 * @param scorePAdjusted the same, Holm-corrected across all pairs of models
 * @param scoreEffect the matched-pairs rank-biserial correlation, NaN when every pair scored the same
 */
public record ModelComparison(String modelA, String modelB, long pairs, long onlyAPassed, long onlyBPassed,
    double passRateDifference, double passP, double passPAdjusted, double meanScoreDifference, double scoreP,
    double scorePAdjusted, double scoreEffect) {

  /** Checks the values. */
  public ModelComparison {
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
  }

  /** {@return whether the pass rates differ at this significance level after correction} */
  public boolean passRatesDiffer(double alpha) {
    return passPAdjusted < alpha;
  }
}
