package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A judge from a user's scoring function of the case and the answer text, passing at a threshold;
 * see {@link Judges#scoring}. A score outside [0, 1] (or NaN) is an error verdict.
 */
final class ScoringJudge extends GuardedJudge {

  private final ToDoubleBiFunction<TestCase, String> score;
  private final double threshold;

  ScoringJudge(String name, ToDoubleBiFunction<TestCase, String> score, double threshold) {
    super(name);
    this.score = score;
    this.threshold = Judges.requireUnitInterval("threshold", threshold);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    double value = score.applyAsDouble(testCase, completion.text());
    if (!(value >= 0 && value <= 1)) {
      throw new CannotGrade(name() + " returned score " + value + ", outside [0, 1]");
    }
    String comparison = value >= threshold ? " >= " : " < ";
    return Verdict.scored(value, threshold,
        "score " + Reasons.score(value) + comparison + "threshold " + Reasons.number(threshold));
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of("threshold=" + Reasons.number(threshold)));
  }
}
