package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a trial whose answer lacks a text:
 * <pre>
 * answer of trial c1 × openai:gpt-4o-mini
 * expected to contain: "refund"
 *             but was: "Billing."
 * </pre>
 *
 * @since 0.1.0
 */
public final class ShouldHaveAnswerContaining extends BasicErrorMessageFactory {

  private ShouldHaveAnswerContaining(TrialResult trial, String part) {
    super("answer of trial %s%nexpected to contain: %s%n            but was: %s",
        unquotedString(Formats.trial(trial)), part, trial.completion().text());
  }

  /**
   * {@return the message for a trial whose answer does not contain {@code part}}
   *
   * @param trial the trial; it has an answer
   * @param part the text expected in the answer
   */
  public static ErrorMessageFactory shouldHaveAnswerContaining(TrialResult trial, String part) {
    return new ShouldHaveAnswerContaining(trial, part);
  }
}
