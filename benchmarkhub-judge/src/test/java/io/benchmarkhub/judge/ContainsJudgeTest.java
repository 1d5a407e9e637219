package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class ContainsJudgeTest {

  private static final String ANSWER = "The capital of France is **Paris**, on the Seine.";

  @Test
  void containsPassesWhenTheStringAppearsAnywhere() {
    Verdict v = gradeWithoutExpected(Judges.contains("Paris"), ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("found \"Paris\"");
  }

  @Test
  void containsIsCaseSensitiveByDefault() {
    assertThat(gradeWithoutExpected(Judges.contains("paris"), ANSWER).passed()).isFalse();
  }

  @Test
  void ignoreCaseFindsTextInAnyCaseUnicodeAware() {
    assertThat(gradeWithoutExpected(Judges.contains("paris").ignoreCase(), ANSWER).passed()).isTrue();
    assertThat(gradeWithoutExpected(Judges.contains("straße").ignoreCase(), "Die STRASSE ist lang.").passed())
        .isTrue();
  }

  @Test
  void normalizeWhitespaceMatchesAcrossNoBreakSpacesAndLineBreaks() {
    String answer = "Flights land in New\u00A0York and\nSan   Francisco.";

    assertThat(gradeWithoutExpected(Judges.containsAll("New York", "San Francisco"), answer).passed()).isFalse();
    assertThat(gradeWithoutExpected(Judges.containsAll("New York", "San Francisco").normalizeWhitespace(), answer)
        .passed()).isTrue();
  }

  @Test
  void withoutArgumentsLooksForTheExpectedOutput() {
    assertThat(grade(Judges.contains(), "Paris", ANSWER).passed()).isTrue();
    assertThat(grade(Judges.contains(), "Lyon", ANSWER).reason())
        .isEqualTo("missing \"Lyon\" in \"The capital of France is **Paris**, on the Seine.\"");
  }

  @Test
  void withoutArgumentsAndWithoutExpectedOutputIsAnError() {
    Verdict v = gradeWithoutExpected(Judges.contains(), ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("case q1 has no expected output; contains needs one");
  }

  @Test
  void containsAllNamesTheMissingStringsAndScoresTheFractionFound() {
    Verdict v = gradeWithoutExpected(Judges.containsAll("Paris", "Berlin", "Seine", "Rome"), ANSWER);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isEqualTo(0.5);
    assertThat(v.reason()).isEqualTo("missing \"Berlin\", \"Rome\" (found \"Paris\", \"Seine\")");
  }

  @Test
  void containsAllPassesOnlyWhenEveryStringIsFound() {
    Verdict v = gradeWithoutExpected(Judges.containsAll("Paris", "Seine"), ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("found \"Paris\", \"Seine\"");
  }

  @Test
  void containsWithSeveralStringsRequiresAllOfThem() {
    assertThat(gradeWithoutExpected(Judges.contains("Paris", "Berlin"), ANSWER).passed()).isFalse();
  }

  @Test
  void containsAnyPassesOnOneAndNamesWhatItFound() {
    Verdict v = gradeWithoutExpected(Judges.containsAny("Berlin", "Paris", "Rome"), ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("found \"Paris\"");
  }

  @Test
  void containsAnyFailsWithScoreZeroWhenNoneIsFound() {
    Verdict v = gradeWithoutExpected(Judges.containsAny("Berlin", "Rome"), ANSWER);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).startsWith("found none of \"Berlin\", \"Rome\" in \"The capital");
  }

  @Test
  void emptyOrMissingStringsAreRejectedAtConstruction() {
    assertThatIllegalArgumentException().isThrownBy(Judges::containsAll)
        .withMessage("containsAll needs at least one string");
    assertThatIllegalArgumentException().isThrownBy(Judges::containsAny)
        .withMessage("containsAny needs at least one string");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.contains("Paris", ""))
        .withMessage("contains string 1 is empty; it would match every answer");
  }

  @Test
  void namesAndToStringDescribeTheJudge() {
    assertThat(Judges.containsAll("a", "b").name()).isEqualTo("contains-all");
    assertThat(Judges.containsAny("a").name()).isEqualTo("contains-any");
    assertThat(Judges.containsAll("Paris", "Berlin").ignoreCase())
        .hasToString("contains-all[\"Paris\", \"Berlin\", ignoreCase]");
    assertThat(Judges.contains()).hasToString("contains[expected output]");
  }
}
