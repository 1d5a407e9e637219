package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericJudgeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The answer is 1,234.5 dollars.              | 1234.5
      It costs $1,234,567.                        | 1234567
      The temperature dropped to -12 degrees.     | -12
      The temperature dropped to −12 degrees.     | -12
      Net change: +3.5                            | 3.5
      Avogadro's number is about 6.022e23.        | 6.022e23
      A googol squared is 1e200                   | 1e200
      The wavelength is 5.5E-7 m                  | 5.5e-7
      Roughly .5 of them                          | 0.5
      Loss: -$40                                  | -40
      It rose 45%.                                | 45
      Pages 10-20                                 | 20
      In 2023, GPT-4 scored 86.4 on MMLU          | 86.4
      CO2 levels: 415 ppm                         | 415
      The numbers are 3,4,5                       | 5
      """)
  void readsTheLastNumberInProse(String answer, double expected) {
    assertThat(grade(Judges.numeric(), Double.toString(expected), answer).passed()).isTrue();
  }

  @Test
  void usesTheLastNumberByDefaultLikeGsm8k() {
    String answer = "Natalia sold 48 clips in April and 48 / 2 = 24 in May, so 48 + 24 = 72 clips.";

    Verdict v = grade(Judges.numeric(), "72", answer);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("found 72, expected 72");
  }

  @Test
  void readsTheExpectedOutputTheSameWaySoGsm8kSolutionsWork() {
    String expected = "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n#### 72";

    assertThat(grade(Judges.numeric(), expected, "She sold 72 clips altogether.").passed()).isTrue();
  }

  @Test
  void firstNumberTakesTheFirstNumberInsteadAndNamesItInTheReason() {
    String answer = "42. Explanation: 6 times 7 is 42, not 41.";

    assertThat(grade(Judges.numeric(), "42", answer).passed()).isFalse();
    Verdict v = grade(Judges.numeric().firstNumber(), "42", answer);
    assertThat(v.passed()).isTrue();
    assertThat(grade(Judges.numeric().firstNumber(), "41", answer).reason())
        .isEqualTo("expected 41 but found 42 (\"42\", the first number in the answer)");
  }

  @Test
  void failsOnADifferentNumberQuotingHowItWasWritten() {
    Verdict v = grade(Judges.numeric(), "1234.5", "The total is $1,234.00.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo("expected 1234.5 but found 1234 (\"$1,234.00\", the last number in the answer)");
  }

  @Test
  void equalValuesWrittenDifferentlyMatchWithoutTolerance() {
    assertThat(grade(Judges.numeric(), "1234.50", "1,234.5").passed()).isTrue();
    assertThat(grade(Judges.numeric(), "0.1", "1e-1").passed()).isTrue();
  }

  @Test
  void absoluteToleranceAllowsThatMuchEitherWay() {
    NumericJudge judge = Judges.numeric().tolerance(0.01);

    assertThat(grade(judge, "3.14159", "Pi is about 3.15").passed()).isTrue();
    assertThat(grade(judge, "3.14159", "Pi is about 3.132").passed()).isTrue();
    Verdict v = grade(judge, "3.14159", "Pi is about 3.2");
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).startsWith("expected 3.14159 ± 0.01 but found 3.2");
  }

  @Test
  void toleranceBoundaryIsInclusiveWithoutFloatingPointSurprises() {
    assertThat(grade(Judges.numeric().tolerance(0.01), "1.00", "1.01").passed()).isTrue();
    assertThat(grade(Judges.numeric().tolerance(0.01), "1.00", "1.011").passed()).isFalse();
    assertThat(grade(Judges.numeric().relativeTolerance(0.1), "0.3", "0.33").passed()).isTrue();
  }

  @Test
  void relativeToleranceScalesWithTheExpectedValue() {
    NumericJudge judge = Judges.numeric().relativeTolerance(0.01);

    assertThat(grade(judge, "2000", "About 1,985 people came.").passed()).isTrue();
    Verdict v = grade(judge, "2000", "About 1,975 people came.");
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).startsWith("expected 2000 ± 1% but found 1975");
  }

  @Test
  void withBothTolerancesBeingWithinEitherPasses() {
    NumericJudge judge = Judges.numeric().tolerance(0.5).relativeTolerance(0.1);

    assertThat(grade(judge, "0", "0.4").passed()).isTrue();
    assertThat(grade(judge, "100", "109").passed()).isTrue();
    assertThat(grade(judge, "100", "111").reason()).startsWith("expected 100 ± max(0.5, 10%) but found 111");
  }

  @Test
  void percentagesReadAsWrittenByDefaultAndAsFractionsOnRequest() {
    assertThat(grade(Judges.numeric(), "45%", "Sales grew 45 %.").passed()).isTrue();
    assertThat(grade(Judges.numeric(), "0.45", "Sales grew 45%.").passed()).isFalse();
    assertThat(grade(Judges.numeric().percentAsFraction(), "0.45", "Sales grew 45%.").passed()).isTrue();
  }

  @Test
  void fixedExpectedNumberIgnoresTheCase() {
    Verdict v = gradeWithoutExpected(Judges.numeric(-0.25), "The slope is −0.25.");

    assertThat(v.passed()).isTrue();
    assertThat(v.reason()).isEqualTo("found -0.25, expected -0.25");
  }

  @Test
  void answerWithoutANumberFails() {
    Verdict v = grade(Judges.numeric(), "72", "I cannot determine the number of clips.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("no number in \"I cannot determine the number of clips.\"");
  }

  @Test
  void expectedOutputWithoutANumberIsAnError() {
    Verdict v = grade(Judges.numeric(), "seventy-two", "72");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("case q1 expected output \"seventy-two\" has no number; numeric needs one");
  }

  @Test
  void missingExpectedOutputIsAnError() {
    Verdict v = gradeWithoutExpected(Judges.numeric(), "72");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("case q1 has no expected output; numeric needs one");
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.numeric().tolerance(-1))
        .withMessage("tolerance must be a finite number >= 0, was -1.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.numeric().relativeTolerance(Double.NaN))
        .withMessage("relativeTolerance must be a finite number >= 0, was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.numeric(Double.POSITIVE_INFINITY))
        .withMessage("expected number must be finite, was Infinity");
  }

  @Test
  void toStringListsSettings() {
    assertThat(Judges.numeric().tolerance(0.01)).hasToString("numeric[last number, tolerance=0.01]");
    assertThat(Judges.numeric(72).firstNumber().percentAsFraction())
        .hasToString("numeric[expected=72, first number, percentAsFraction]");
  }
}
