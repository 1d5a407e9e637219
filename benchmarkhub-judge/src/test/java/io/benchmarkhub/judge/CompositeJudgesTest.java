package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class CompositeJudgesTest {

  private static final String ANSWER = "The capital of France is **Paris**.";

  private final Judge mentionsParis = Judges.contains("Paris");
  private final Judge isParis = Judges.exactMatch();
  private final Judge hasDigits = Judges.regex("\\d+");
  private final Judge throwing = Judges.of("custom", (c, answer) -> {
    throw new IllegalStateException("boom");
  });

  @Test
  void allOfPassesWhenEveryPartPasses() {
    Verdict v = grade(Judges.allOf(mentionsParis, Judges.regex("Paris")), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("2/2 passed");
  }

  @Test
  void allOfFailsWithTheMeanScoreAndNamesTheFailingParts() {
    Verdict v = grade(Judges.allOf(mentionsParis, isParis, hasDigits), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isEqualTo(1.0 / 3);
    assertThat(v.reason()).isEqualTo("1/3 passed: "
        + "exact-match failed (expected \"Paris\" but was \"The capital of France is **Paris**.\"); "
        + "regex failed (no match for /\\d+/ in \"The capital of France is **Paris**.\")");
  }

  @Test
  void allOfMeanUsesPartialScores() {
    Verdict v = grade(Judges.allOf(mentionsParis, Judges.containsAll("Paris", "Lyon")), "Paris", ANSWER);

    assertThat(v.passed()).isFalse();
    assertThat(v.score()).isEqualTo(0.75);
  }

  @Test
  void throwingLambdaInsideAllOfIsAnErrorThatKeepsTheOtherPartsVerdicts() {
    Verdict v = grade(Judges.allOf(mentionsParis, throwing, hasDigits), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("1/3 passed: "
        + "custom errored (custom threw IllegalStateException: boom); "
        + "regex failed (no match for /\\d+/ in \"The capital of France is **Paris**.\")");
  }

  @Test
  void judgeThatThrowsOrReturnsNullWithoutTheGuardIsStillContained() {
    Judge raw = Judge.named("raw", (c, out) -> {
      throw new IllegalStateException("judge bug");
    });
    Judge nothing = Judge.named("nothing", (c, out) -> null);

    Verdict v = grade(Judges.allOf(raw, nothing), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("0/2 passed: raw errored (raw threw IllegalStateException: judge bug); "
        + "nothing errored (nothing returned no verdict (null))");
  }

  @Test
  void missingExpectedOutputInsideAllOfIsAnError() {
    Verdict v = grade(Judges.allOf(mentionsParis, isParis), null, ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo(
        "1/2 passed: exact-match errored (case q1 has no expected output; exact-match needs one)");
  }

  @Test
  void anyOfPassesOnOnePartWithTheHighestScoreAndNamesIt() {
    Verdict v = grade(Judges.anyOf(isParis, mentionsParis, hasDigits), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("1/3 passed: contains passed (found \"Paris\")");
  }

  @Test
  void anyOfFailsWithTheHighestScoreAndDescribesEveryPart() {
    Judge partial = Judges.containsAll("Paris", "Lyon");

    Verdict v = grade(Judges.anyOf(hasDigits, partial), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isEqualTo(0.5);
    assertThat(v.reason()).startsWith("0/2 passed: regex failed (")
        .endsWith("; contains-all failed (missing \"Lyon\" (found \"Paris\"))");
  }

  @Test
  void anyOfPassesDespiteAnErrorInAnotherPart() {
    Verdict v = grade(Judges.anyOf(throwing, mentionsParis), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
  }

  @Test
  void anyOfWithNoPassAndAnErrorIsAnError() {
    Verdict v = grade(Judges.anyOf(throwing, hasDigits), "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason())
        .startsWith("0/2 passed: custom errored (custom threw IllegalStateException: boom); regex failed");
  }

  @Test
  void weightedScoresTheWeightedMeanAndPassesAtTheThreshold() {
    Judge judge = Judges.weighted()
        .add(mentionsParis, 2)
        .add(Judges.containsAll("Paris", "Lyon"), 1)
        .add(hasDigits, 1)
        .threshold(0.6)
        .build();

    Verdict v = grade(judge, "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo((2 * 1.0 + 1 * 0.5 + 1 * 0.0) / 4);
    assertThat(v.reason()).startsWith("score 0.625 >= threshold 0.6; "
        + "1/3 passed: contains ×2 passed (found \"Paris\"); "
        + "contains-all ×1 failed (missing \"Lyon\" (found \"Paris\")); regex ×1 failed (");
  }

  @Test
  void weightedFailsBelowTheThreshold() {
    Judge judge = Judges.weighted().add(mentionsParis, 1).add(hasDigits, 3).threshold(0.5).build();

    Verdict v = grade(judge, "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isEqualTo(0.25);
    assertThat(v.reason()).startsWith("score 0.25 < threshold 0.5; ");
  }

  @Test
  void weightedWithAnErroredPartIsAnError() {
    Judge judge = Judges.weighted().add(mentionsParis, 1).add(throwing, 1).threshold(0.5).build();

    Verdict v = grade(judge, "Paris", ANSWER);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).contains("custom ×1 errored (custom threw IllegalStateException: boom)");
  }

  @Test
  void weightedBuilderValidates() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.weighted().add(hasDigits, 0))
        .withMessage("weight of regex must be a finite number > 0, was 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.weighted().threshold(1.1))
        .withMessage("threshold must be within [0, 1], was 1.1");
    assertThatIllegalStateException().isThrownBy(() -> Judges.weighted().threshold(0.5).build())
        .withMessageStartingWith("weighted judge has no parts");
    assertThatIllegalStateException().isThrownBy(() -> Judges.weighted().add(hasDigits, 1).build())
        .withMessageStartingWith("weighted judge has no threshold");
  }

  @Test
  void compositesNeedAtLeastOneNonNullPart() {
    assertThatIllegalArgumentException().isThrownBy(Judges::allOf).withMessage("allOf needs at least one judge");
    assertThatIllegalArgumentException().isThrownBy(Judges::anyOf).withMessage("anyOf needs at least one judge");
    assertThatNullPointerException().isThrownBy(() -> Judges.allOf(hasDigits, null));
  }

  @Test
  void compositesCanNest() {
    Judge judge = Judges.allOf(Judges.anyOf(isParis, mentionsParis), Judges.regex("France"));

    Verdict v = grade(judge, "Paris", ANSWER);

    assertThat(v.passed()).isTrue();
    assertThat(judge.name()).isEqualTo("all-of(any-of(exact-match, contains), regex)");
  }

  @Test
  void namesAndToStringsDescribeTheParts() {
    Judge weighted = Judges.weighted()
        .add(Judges.exactMatch().ignoreCase(), 2)
        .add(hasDigits, 1)
        .threshold(0.7)
        .build();

    assertThat(Judges.allOf(isParis, hasDigits).name()).isEqualTo("all-of(exact-match, regex)");
    assertThat(Judges.anyOf(isParis, hasDigits)).hasToString("any-of[exact-match, regex[/\\d+/]]");
    assertThat(weighted.name()).isEqualTo("weighted(exact-match ×2, regex ×1)");
    assertThat(weighted).hasToString("weighted[exact-match[ignoreCase] ×2, regex[/\\d+/] ×1, threshold=0.7]");
  }
}
