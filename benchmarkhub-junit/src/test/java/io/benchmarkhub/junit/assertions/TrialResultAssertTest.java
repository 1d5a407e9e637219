package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static io.benchmarkhub.junit.assertions.Results.MINI;
import static io.benchmarkhub.junit.assertions.Results.errored;
import static io.benchmarkhub.junit.assertions.Results.failed;
import static io.benchmarkhub.junit.assertions.Results.failureWithDiff;
import static io.benchmarkhub.junit.assertions.Results.lines;
import static io.benchmarkhub.junit.assertions.Results.message;
import static io.benchmarkhub.junit.assertions.Results.passed;
import static io.benchmarkhub.junit.assertions.Results.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TrialResultAssertTest {
  private final TrialResult pass = passed("c1", MINI, "billing");
  private final TrialResult fail = failed("c1", MINI, "Billing.", "expected \"billing\"");
  private final TrialResult error = errored("c3", MINI, "RATE_LIMITED", "429 Too Many Requests");

  @Test
  void passedPasses() {
    assertThat(pass).passed();
  }

  @Test
  void passedFailsWithTheAnswerAndTheVerdicts() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(fail).passed());
    assertThat(failure.getMessage()).isEqualTo(lines(
        "expected trial c1 × openai:gpt-4o-mini to pass but it failed",
        "  answer: \"Billing.\"",
        "  verdicts: [exact-match: FAIL 0.000 (expected \"billing\")]"));
    assertThat(failure.getActual().getValue()).isEqualTo(TrialStatus.FAIL);
    assertThat(failure.getExpected().getValue()).isEqualTo(TrialStatus.PASS);
  }

  @Test
  void passedFailsWithTheErrorOfAnErroredTrial() {
    assertThat(message(() -> assertThat(error).passed())).isEqualTo(
        "expected trial c3 × openai:gpt-4o-mini to pass but it errored: provider RATE_LIMITED: 429 Too Many Requests");
  }

  @Test
  void failedPasses() {
    assertThat(fail).failed();
  }

  @Test
  void failedFails() {
    assertThat(message(() -> assertThat(pass).failed())).isEqualTo(lines(
        "expected trial c1 × openai:gpt-4o-mini to fail but it passed",
        "  answer: \"billing\"",
        "  verdicts: [exact-match: PASS 1.000 (matches)]"));
    assertThat(message(() -> assertThat(error).failed())).startsWith(
        "expected trial c3 × openai:gpt-4o-mini to fail but it errored: provider RATE_LIMITED");
  }

  @Test
  void erroredPasses() {
    assertThat(error).errored();
  }

  @Test
  void erroredFails() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(fail).errored());
    assertThat(failure.getMessage()).startsWith("expected trial c1 × openai:gpt-4o-mini to error but it failed");
    assertThat(failure.getActual().getValue()).isEqualTo(TrialStatus.FAIL);
    assertThat(failure.getExpected().getValue()).isEqualTo(TrialStatus.ERROR);
  }

  @Test
  void hasAnswerPasses() {
    assertThat(pass).hasAnswer("billing");
  }

  @Test
  void hasAnswerFailsWithExpectedAndActualAnswer() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(fail).hasAnswer("billing"));
    assertThat(failure.getMessage()).isEqualTo(lines(
        "answer of trial c1 × openai:gpt-4o-mini",
        "expected: \"billing\"",
        " but was: \"Billing.\""));
    assertThat(failure.getActual().getValue()).isEqualTo("Billing.");
    assertThat(failure.getExpected().getValue()).isEqualTo("billing");
  }

  @Test
  void hasAnswerFailsWithTheErrorWhenTheModelGaveNone() {
    assertThat(message(() -> assertThat(error).hasAnswer("billing")))
        .isEqualTo("trial c3 × openai:gpt-4o-mini has no answer: provider RATE_LIMITED: 429 Too Many Requests");
  }

  @Test
  void hasAnswerContainingPasses() {
    assertThat(fail).hasAnswerContaining("Bill").hasAnswerContaining("");
  }

  @Test
  void hasAnswerContainingFailsWithExpectedAndActualAnswer() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(fail).hasAnswerContaining("refund"));
    assertThat(failure.getMessage()).isEqualTo(lines(
        "answer of trial c1 × openai:gpt-4o-mini",
        "expected to contain: \"refund\"",
        "            but was: \"Billing.\""));
    assertThat(failure.getActual().getValue()).isEqualTo("Billing.");
    assertThat(failure.getExpected().getValue()).isEqualTo("refund");
  }

  @Test
  void hasAnswerContainingFailsWhenTheModelGaveNone() {
    assertThat(message(() -> assertThat(error).hasAnswerContaining("billing")))
        .startsWith("trial c3 × openai:gpt-4o-mini has no answer: ");
  }

  @Test
  void hasVerdictReasonContainingPassesWhenAnyVerdictSaysIt() {
    TrialResult judged = trial("c1", MINI, 1, TrialStatus.FAIL, "Billing.", Verdict.pass("is one word"),
        Verdict.fail("does not cite the refund policy"));
    assertThat(judged).failed().hasVerdictReasonContaining("refund policy").hasVerdictReasonContaining("one word");
  }

  @Test
  void hasVerdictReasonContainingFailsWithTheReasons() {
    TrialResult judged = trial("c1", MINI, 1, TrialStatus.FAIL, "Billing.", Verdict.pass("is one word"),
        Verdict.fail("does not cite the refund policy"));
    AssertionFailedError failure = failureWithDiff(() -> assertThat(judged).hasVerdictReasonContaining("tone"));
    assertThat(failure.getMessage()).isEqualTo(lines(
        "verdict reasons of trial c1 × openai:gpt-4o-mini",
        "expected one to contain: \"tone\"",
        "               but were: [\"is one word\", \"does not cite the refund policy\"]"));
    assertThat(failure.getExpected().getValue()).isEqualTo("tone");
  }

  @Test
  void hasVerdictReasonContainingFailsOnATrialWithoutVerdicts() {
    assertThat(message(() -> assertThat(error).hasVerdictReasonContaining("refund"))).isEqualTo(lines(
        "verdict reasons of trial c3 × openai:gpt-4o-mini",
        "expected one to contain: \"refund\"",
        "               but were: []"));
  }

  @Test
  void messagesNameTheRepeat() {
    TrialResult second = trial("c1", MINI, 2, TrialStatus.FAIL, "no", Verdict.fail("wrong"));
    assertThat(message(() -> assertThat(second).passed()))
        .startsWith("expected trial c1 × openai:gpt-4o-mini #2 to pass but it failed");
  }

  @Test
  void everyAssertionHonoursTheDescription() {
    assertThat(message(() -> assertThat(fail).as("intent %s", "c1").hasAnswer("billing")))
        .startsWith(lines("[intent c1] answer of trial c1 × openai:gpt-4o-mini", "expected: \"billing\""));
    assertThat(message(() -> assertThat(error).as("intent").hasAnswer("billing")))
        .startsWith("[intent] trial c3 × openai:gpt-4o-mini has no answer");
    assertThat(message(() -> assertThat(error).as("intent").passed()))
        .startsWith("[intent] expected trial c3");
  }

  @Test
  void everyAssertionChecksForNullFirst() {
    TrialResult none = null;
    String notNull = lines("", "Expecting actual not to be null");
    assertThat(message(() -> assertThat(none).passed())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).failed())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).errored())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasAnswer("a"))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasAnswerContaining("a"))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasVerdictReasonContaining("a"))).isEqualTo(notNull);
  }

  @Test
  void aMissingExpectedTextIsAMistakeInTheTest() {
    assertThatNullPointerException().isThrownBy(() -> assertThat(pass).hasAnswer(null))
        .withMessage("expected must not be null");
  }
}
