package io.benchmarkhub.api;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one pair of models fared under one {@link PairJudge} over a run.
 *
 * <p>The win rate counts a tie or an inconsistent judgment as half a win (as MT-Bench's adjusted win
 * rate does) over the judgments without errors. The p-value is the exact two-sided sign test on wins
 * against losses (ties and inconsistent judgments left out), Holm-corrected across the run's pairs of
 * models for this judge.
 *
 * @param judge the pair judge's name
 * @param modelA the first model's id
 * @param modelB the second model's id
 * @param winsA judgments that preferred A
 * @param winsB judgments that preferred B
 * @param ties tie judgments
 * @param inconsistent judgments where the judge contradicted itself (position bias)
 * @param errors comparisons that could not be judged
 * @param winRateA A's win rate, ties and inconsistent counted half; NaN without judgments
 * @param pValue the sign test's two-sided p-value, Holm-corrected; NaN without judgments
 * @param judgeCostUsd the cost of the comparisons whose cost is known; empty when none is
 */
public record PairwiseResult(String judge, String modelA, String modelB, long winsA, long winsB, long ties,
    long inconsistent, long errors, double winRateA, double pValue, OptionalDouble judgeCostUsd) {

  /** Checks the values. */
  public PairwiseResult {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    Objects.requireNonNull(judgeCostUsd, "judgeCostUsd");
  }

  /** {@return every comparison made, errors included} */
  public long comparisons() {
    return winsA + winsB + ties + inconsistent + errors;
  }
}
