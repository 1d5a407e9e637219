package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;

/** Builds cases and grades answers for the judge tests. */
final class Grading {

  private Grading() {}

  /** {@return a case with id "q1" and this expected output (null for none)} */
  static TestCase caseExpecting(String expected) {
    return TestCase.builder().id("q1").input("What is the answer?").expected(expected).build();
  }

  /** {@return the verdict of {@code judge} on {@code answer} for a case expecting {@code expected}} */
  static Verdict grade(Judge judge, String expected, String answer) {
    return judge.evaluate(caseExpecting(expected), Completion.of(answer));
  }

  /** {@return the verdict of {@code judge} on {@code answer} for a case without expected output} */
  static Verdict gradeWithoutExpected(Judge judge, String answer) {
    return grade(judge, null, answer);
  }
}
