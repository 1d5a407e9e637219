package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a trial whose answer is not the one expected:
 * <pre>
 * answer of trial c1 × openai:gpt-4o-mini
 * expected: "billing"
 *  but was: "Billing."
 * </pre>
 *
 * @since 0.1.0
 */
public final class ShouldHaveAnswer extends BasicErrorMessageFactory {

  private ShouldHaveAnswer(TrialResult trial, String expected) {
    super("answer of trial %s%nexpected: %s%n but was: %s", unquotedString(Formats.trial(trial)), expected,
        trial.completion().text());
  }

  /**
   * {@return the message for a trial whose answer is not {@code expected}}
   *
   * @param trial the trial; it has an answer
   * @param expected the answer expected
   */
  public static ErrorMessageFactory shouldHaveAnswer(TrialResult trial, String expected) {
    return new ShouldHaveAnswer(trial, expected);
  }
}
