package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class LambdaJudgesTest {

  private final Judge noApology = Judges.of("no apology", (c, answer) -> !answer.contains("I'm sorry"));

  @Test
  void predicatePassesWhenTheCheckHolds() {
    Verdict v = gradeWithoutExpected(noApology, "The refund window is 30 days.");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("no apology held");
  }

  @Test
  void predicateFailsNamingItselfAndTheAnswer() {
    Verdict v = gradeWithoutExpected(noApology, "I'm sorry, I can't help with that.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("no apology did not hold for \"I'm sorry, I can't help with that.\"");
  }

  @Test
  void predicateSeesTheCase() {
    Judge echoesInput = Judges.of("mentions expected", (c, answer) -> answer.contains(c.expected().orElseThrow()));

    assertThat(grade(echoesInput, "Paris", "It is Paris.").passed()).isTrue();
    assertThat(grade(echoesInput, "Lyon", "It is Paris.").passed()).isFalse();
  }

  @Test
  void throwingPredicateBecomesAnErrorNamingTheJudgeAndException() {
    Judge broken = Judges.of("parses answer", (c, answer) -> Integer.parseInt(answer) > 0);

    Verdict v = gradeWithoutExpected(broken, "forty-two");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("parses answer threw NumberFormatException: For input string: \"forty-two\"");
  }

  @Test
  void scoringPassesAtOrAboveTheThresholdAndKeepsTheScore() {
    Judge brevity = Judges.scoring("brevity", (c, answer) -> answer.length() <= 20 ? 1.0 : 0.7, 0.7);

    Verdict v = gradeWithoutExpected(brevity, "A much longer answer than needed.");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(0.7);
    assertThat(v.reason()).isEqualTo("score 0.7 >= threshold 0.7");
  }

  @Test
  void scoringFailsBelowTheThreshold() {
    Judge overlap = Judges.scoring("overlap", (c, answer) -> 0.6249, 0.7);

    Verdict v = gradeWithoutExpected(overlap, "anything");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isEqualTo(0.6249);
    assertThat(v.reason()).isEqualTo("score 0.625 < threshold 0.7");
  }

  @Test
  void scoreOutsideTheUnitIntervalIsAnError() {
    Judge sloppy = Judges.scoring("percent", (c, answer) -> 85.0, 0.5);
    Judge nan = Judges.scoring("ratio", (c, answer) -> 0.0 / 0.0, 0.5);

    assertThat(gradeWithoutExpected(sloppy, "x").reason()).isEqualTo("percent returned score 85.0, outside [0, 1]");
    assertThat(gradeWithoutExpected(nan, "x").status()).isEqualTo(Status.ERROR);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.scoring("s", (c, a) -> 1, 1.5))
        .withMessage("threshold must be within [0, 1], was 1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.of(" ", (c, a) -> true))
        .withMessage("name must not be blank");
  }

  @Test
  void namesAreTheGivenNames() {
    assertThat(noApology.name()).isEqualTo("no apology");
    assertThat(noApology).hasToString("no apology[predicate]");
    assertThat(Judges.scoring("brevity", (c, a) -> 1, 0.5)).hasToString("brevity[threshold=0.5]");
  }
}
