package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class ExactMatchJudgeTest {

  @Test
  void passesOnIdenticalTextWithScoreOne() {
    Verdict v = grade(Judges.exactMatch(), "Paris", "Paris");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("was \"Paris\" as expected");
  }

  @Test
  void failsOnAnyDifferenceByDefaultAndQuotesBothSides() {
    Verdict v = grade(Judges.exactMatch(), "Paris", "paris.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo("expected \"Paris\" but was \"paris.\"");
  }

  @Test
  void byDefaultLeadingAndTrailingWhitespaceCounts() {
    assertThat(grade(Judges.exactMatch(), "Paris", "Paris\n").passed()).isFalse();
  }

  @Test
  void reasonShowsInvisibleCharactersEscaped() {
    Verdict v = grade(Judges.exactMatch(), "New York", "New\u00A0York\n");

    assertThat(v.reason()).isEqualTo("expected \"New York\" but was \"New\\u00A0York\\n\"");
  }

  @Test
  void ignoreCaseFoldsUnicodeCase() {
    ExactMatchJudge judge = Judges.exactMatch().ignoreCase();

    assertThat(grade(judge, "PARIS", "paris").passed()).isTrue();
    assertThat(grade(judge, "Straße", "STRASSE").passed()).isTrue();
    assertThat(grade(judge, "ΟΔΥΣΣΕΥΣ", "οδυσσευς").passed()).isTrue();
    assertThat(grade(judge, "Οδυσσεύς", "ΟΔΥΣΣΕΎΣ").passed()).isTrue();
    assertThat(grade(judge, "Paris", "Pariss").passed()).isFalse();
  }

  @Test
  void comparesCanonicallyEquivalentAccentsAsEqual() {
    String precomposed = "caf\u00E9";
    String combining = "cafe\u0301";

    assertThat(grade(Judges.exactMatch(), precomposed, combining).passed()).isTrue();
  }

  @Test
  void trimRemovesEdgeWhitespaceIncludingNoBreakSpacesButNotInnerSpace() {
    ExactMatchJudge judge = Judges.exactMatch().trim();

    assertThat(grade(judge, "Paris", " \t Paris\u00A0\u202F\n").passed()).isTrue();
    assertThat(grade(judge, "New York", "New  York").passed()).isFalse();
  }

  @Test
  void normalizeWhitespaceCollapsesTabsNewlinesAndNoBreakSpacesAndTrims() {
    ExactMatchJudge judge = Judges.exactMatch().normalizeWhitespace();

    assertThat(grade(judge, "New York City", "New\tYork\u00A0\n City").passed()).isTrue();
    assertThat(grade(judge, "New York", "\n New York  ").passed()).isTrue();
    assertThat(grade(judge, "New York", "NewYork").passed()).isFalse();
  }

  @Test
  void ignorePunctuationRemovesUnicodePunctuationAndMarkdownEmphasis() {
    ExactMatchJudge judge = Judges.exactMatch().ignorePunctuation();

    assertThat(grade(judge, "Paris", "Paris.").passed()).isTrue();
    assertThat(grade(judge, "Paris", "**Paris**").passed()).isTrue();
    assertThat(grade(judge, "Hola", "¡Hola!").passed()).isTrue();
    assertThat(grade(judge, "Paris", "«Paris»").passed()).isTrue();
    assertThat(grade(judge, "Paris", "paris").passed()).isFalse();
  }

  @Test
  void optionsCombine() {
    ExactMatchJudge judge = Judges.exactMatch().ignoreCase().trim().ignorePunctuation();

    assertThat(grade(judge, "Paris", "  paris.\n").passed()).isTrue();
  }

  @Test
  void optionsReturnNewJudgesAndLeaveTheOriginalUnchanged() {
    ExactMatchJudge strict = Judges.exactMatch();
    ExactMatchJudge lenient = strict.ignoreCase();

    assertThat(lenient).isNotSameAs(strict);
    assertThat(grade(strict, "Paris", "paris").passed()).isFalse();
    assertThat(grade(lenient, "Paris", "paris").passed()).isTrue();
  }

  @Test
  void fixedExpectedValueIgnoresTheCasesExpectedOutput() {
    ExactMatchJudge judge = Judges.exactMatch("yes");

    assertThat(grade(judge, "no", "yes").passed()).isTrue();
    assertThat(gradeWithoutExpected(judge, "yes").passed()).isTrue();
    assertThat(gradeWithoutExpected(judge, "no").reason()).isEqualTo("expected \"yes\" but was \"no\"");
  }

  @Test
  void caseWithoutExpectedOutputIsAnErrorNotAFailure() {
    Verdict v = gradeWithoutExpected(Judges.exactMatch(), "Paris");

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("case q1 has no expected output; exact-match needs one");
  }

  @Test
  void nameIsStableAndToStringListsOptions() {
    assertThat(Judges.exactMatch().ignoreCase().trim().name()).isEqualTo("exact-match");
    assertThat(Judges.exactMatch().ignoreCase().trim()).hasToString("exact-match[ignoreCase, trim]");
    assertThat(Judges.exactMatch("yes")).hasToString("exact-match[expected=\"yes\"]");
    assertThat(Judges.exactMatch()).hasToString("exact-match");
  }

  @Test
  void nullFixedExpectedIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> Judges.exactMatch(null)).withMessage("expected");
  }
}
