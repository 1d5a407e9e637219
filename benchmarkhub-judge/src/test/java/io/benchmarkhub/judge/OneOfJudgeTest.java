package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class OneOfJudgeTest {

  private final OneOfJudge intents = Judges.oneOf("billing", "refund", "shipping");

  @Test
  void passesWhenTheAnswerIsTheExpectedChoice() {
    Verdict v = grade(intents, "refund", "refund");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("answered \"refund\"");
  }

  @Test
  void toleratesCaseWhitespaceTrailingPunctuationQuotesAndEmphasis() {
    assertThat(grade(intents, "refund", "  Refund.\n").passed()).isTrue();
    assertThat(grade(intents, "refund", "**REFUND**").passed()).isTrue();
    assertThat(grade(intents, "refund", "\u201Crefund\u201D").passed()).isTrue();
    assertThat(grade(intents, "refund", "`refund`!").passed()).isTrue();
  }

  @Test
  void failsOnAnotherChoiceAndNamesBoth() {
    Verdict v = grade(intents, "refund", "Billing.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("answered \"billing\" but expected \"refund\"");
  }

  @Test
  void failsOnASentenceAndNamesTheChoiceItMentions() {
    Verdict v = grade(intents, "refund", "The customer wants a refund.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo(
        "\"The customer wants a refund.\" is not one of \"billing\", \"refund\", \"shipping\""
            + " (it mentions \"refund\")");
  }

  @Test
  void mentionIsWholeWordsOnly() {
    Verdict v = grade(intents, "refund", "Refundable?");

    assertThat(v.reason()).isEqualTo("\"Refundable?\" is not one of \"billing\", \"refund\", \"shipping\"");
  }

  @Test
  void withoutExpectedOutputAnyChoicePasses() {
    assertThat(gradeWithoutExpected(intents, "Shipping").passed()).isTrue();
    assertThat(gradeWithoutExpected(intents, "returns").passed()).isFalse();
  }

  @Test
  void expectedOutputOutsideTheChoicesIsAnError() {
    Verdict v = grade(intents, "cancellation", "refund");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason())
        .isEqualTo("case q1 expects \"cancellation\", which is not one of \"billing\", \"refund\", \"shipping\"");
  }

  @Test
  void caseSensitiveTellsLabelsApartByCase() {
    OneOfJudge judge = Judges.oneOf("A", "a").caseSensitive();

    assertThat(grade(judge, "a", "a").passed()).isTrue();
    assertThat(grade(judge, "a", "A").reason()).isEqualTo("answered \"A\" but expected \"a\"");
  }

  @Test
  void choicesDifferingOnlyInCaseWithoutCaseSensitiveGiveAnErrorVerdict() {
    Verdict v = grade(Judges.oneOf("A", "a"), "a", "a");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("oneOf choices \"A\" and \"a\" differ only in case, and case is ignored;"
        + " use oneOf(...).caseSensitive()");
  }

  @Test
  void choicesThatCannotBeToldApartAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.oneOf("yes", "no", "yes."))
        .withMessage("oneOf choices \"yes\" and \"yes.\" cannot be told apart");
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.oneOf("?", "yes"))
        .withMessageStartingWith("oneOf choice \"?\" has no text left to match");
    assertThatIllegalArgumentException().isThrownBy(Judges::oneOf).withMessage("oneOf needs at least one choice");
  }

  @Test
  void toStringListsTheChoices() {
    assertThat(intents).hasToString("one-of[\"billing\", \"refund\", \"shipping\"]");
    assertThat(intents.name()).isEqualTo("one-of");
  }
}
