package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.error.ShouldHaveAnswer.shouldHaveAnswer;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveAnswerContaining.shouldHaveAnswerContaining;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveAnswered.shouldHaveAnswered;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveStatus.shouldHaveStatus;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveVerdictReasonContaining.shouldHaveVerdictReasonContaining;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on one trial: its outcome, the model's answer and the judges' reasons.
 *
 * <p>Failures carry the actual and expected values (the status, or the answer and the text expected),
 * so an IDE shows a diff of the answer.
 *
 * @param <SELF> the concrete assertion type
 * @since 0.1.0
 */
public abstract class AbstractTrialResultAssert<SELF extends AbstractTrialResultAssert<SELF>>
    extends AbstractBenchmarkAssert<SELF, TrialResult> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the trial's result
   * @param selfType the concrete assertion class
   * @since 0.1.0
   */
  protected AbstractTrialResultAssert(TrialResult actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that every judge passed the trial. The failure shows the error of an errored trial, or
   * else the answer and the verdicts.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when the model answered "billing" and the exact-match judge expected it
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").passed();
   *
   * // assertion will fail when it answered "Billing." instead:
   * // expected trial c1 × openai:gpt-4o-mini to pass but it failed
   * //   answer: "Billing."
   * //   verdicts: [exact-match: FAIL 0.000 (expected "billing")]
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").passed();
   * }</pre>
   *
   * @return this assertion
   * @since 0.1.0
   */
  public SELF passed() {
    return hasStatus(TrialStatus.PASS);
  }

  /**
   * Verifies that some judge failed the trial (and that it did not error), e.g. to show that a
   * benchmark catches a known-bad answer.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when a judge failed the answer
   * assertThat(summary).trial("c2", "ollama:llama3.2").failed();
   *
   * // assertion will fail when the trial passed, or errored
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").failed();
   * }</pre>
   *
   * @return this assertion
   * @since 0.1.0
   */
  public SELF failed() {
    return hasStatus(TrialStatus.FAIL);
  }

  /**
   * Verifies that the trial could not be graded: its prompt, its provider or a judge failed.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when the provider answered 429 Too Many Requests
   * assertThat(summary).trial("c3", "openai:gpt-4o-mini").errored();
   *
   * // assertion will fail: "expected trial c1 × openai:gpt-4o-mini to error but it passed ..."
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").errored();
   * }</pre>
   *
   * @return this assertion
   * @since 0.1.0
   */
  public SELF errored() {
    return hasStatus(TrialStatus.ERROR);
  }

  /**
   * Verifies that the model's answer is exactly {@code expected}. Fails too when the model gave no
   * answer, saying why.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when the model answered "billing"
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").hasAnswer("billing");
   *
   * // assertion will fail when it answered "Billing.":
   * // answer of trial c1 × openai:gpt-4o-mini
   * // expected: "billing"
   * //  but was: "Billing."
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").hasAnswer("billing");
   * }</pre>
   *
   * @param expected the answer expected; never {@code null}
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasAnswer(String expected) {
    Objects.requireNonNull(expected, "expected must not be null");
    String answer = answer();
    if (!answer.equals(expected)) {
      throw failureWithDiff(shouldHaveAnswer(actual, expected), answer, expected);
    }
    return myself;
  }

  /**
   * Verifies that the model's answer contains {@code part}. Fails too when the model gave no answer,
   * saying why.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when the model answered "Your refund is on its way."
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").hasAnswerContaining("refund");
   *
   * // assertion will fail
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").hasAnswerContaining("invoice");
   * }</pre>
   *
   * @param part the text expected in the answer; never {@code null}
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasAnswerContaining(String part) {
    Objects.requireNonNull(part, "part must not be null");
    String answer = answer();
    if (!answer.contains(part)) {
      throw failureWithDiff(shouldHaveAnswerContaining(actual, part), answer, part);
    }
    return myself;
  }

  /**
   * Verifies that some judge's reason for its verdict contains {@code part}, e.g. that an LLM judge
   * failed the answer for the right reason.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when the rubric judge said "does not cite the refund policy"
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").failed().hasVerdictReasonContaining("refund policy");
   *
   * // assertion will fail
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").hasVerdictReasonContaining("tone");
   * }</pre>
   *
   * @param part the text expected in some verdict's reason; never {@code null}
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasVerdictReasonContaining(String part) {
    Objects.requireNonNull(part, "part must not be null");
    isNotNull();
    List<String> reasons = actual.verdicts().stream().map(Verdict::reason).toList();
    if (reasons.stream().noneMatch(reason -> reason.contains(part))) {
      throw failureWithDiff(shouldHaveVerdictReasonContaining(actual, part), String.join("\n", reasons), part);
    }
    return myself;
  }

  private SELF hasStatus(TrialStatus expected) {
    isNotNull();
    if (actual.status() != expected) {
      throw failureWithDiff(shouldHaveStatus(actual, expected), actual.status(), expected);
    }
    return myself;
  }

  /** {@return the answer's text, failing with the reason when the model gave none} */
  private String answer() {
    isNotNull();
    return actual.answer().map(Completion::text).orElseThrow(() -> assertionError(shouldHaveAnswered(actual)));
  }
}
