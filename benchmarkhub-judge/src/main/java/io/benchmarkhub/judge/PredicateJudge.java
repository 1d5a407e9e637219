package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import java.util.function.BiPredicate;

/** A judge from a user's yes/no check of the case and the answer text; see {@link Judges#of}. */
final class PredicateJudge extends GuardedJudge {

  private final BiPredicate<TestCase, String> check;

  PredicateJudge(String name, BiPredicate<TestCase, String> check) {
    super(name);
    this.check = check;
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    String answer = completion.text();
    return check.test(testCase, answer)
        ? Verdict.pass(name() + " held")
        : Verdict.fail(name() + " did not hold for " + Reasons.quote(answer));
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of("predicate"));
  }
}
